import { createHmac } from 'node:crypto';
import { type HttpOptions, type Sender, assertRobotOk, postJson } from './sender';

export interface DingTalkOptions extends HttpOptions {
  /** The clock for the signed timestamp (tests). */
  now?: () => Date;
}

/**
 * A DingTalk custom robot's signature ("加签"): base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret)),
 * timestamp in milliseconds; URL-encoded when appended. DingTalk refuses timestamps more than an hour off.
 */
export function signDingTalk(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** The robot URL with `&timestamp=<ms>&sign=<urlencoded signature>` appended. */
export function signedDingTalkUrl(address: string, secret: string, timestampMs: number): string {
  const separator = address.includes('?') ? '&' : '?';
  return `${address}${separator}timestamp=${timestampMs}&sign=${encodeURIComponent(signDingTalk(secret, timestampMs))}`;
}

/**
 * Posts a markdown message to a DingTalk custom robot (`https://oapi.dingtalk.com/robot/send?access_token=…`),
 * signed when the channel has a secret. A 200 answer with `errcode` other than 0 is a failure.
 */
export function createDingTalkSender(options: DingTalkOptions = {}): Sender {
  const now = options.now ?? (() => new Date());
  return async (delivery, notification) => {
    const url = delivery.secret ? signedDingTalkUrl(delivery.address, delivery.secret, now().getTime()) : delivery.address;
    const payload = JSON.stringify({
      msgtype: 'markdown',
      markdown: { title: notification.title, text: `### ${notification.title}\n\n${notification.body}` },
    });
    const { text } = await postJson(url, payload, options);
    assertRobotOk(url, text);
  };
}
