import { type HttpOptions, type Sender, assertRobotOk, postJson } from './sender';

/** WeCom (企业微信) limits a markdown message's content to 4096 bytes of UTF-8. */
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

/** Cuts text to at most `maxBytes` of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const ellipsis = '…';
  let out = '';
  let bytes = Buffer.byteLength(ellipsis, 'utf8');
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    out += char;
    bytes += size;
  }
  return out + ellipsis;
}

/**
 * Posts a markdown message to a WeCom group robot (`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…`;
 * the key in the URL is the credential). A 200 answer with `errcode` other than 0 is a failure.
 */
export function createWeComSender(options: HttpOptions = {}): Sender {
  return async (delivery, notification) => {
    const content = truncateUtf8(`**${notification.title}**\n${notification.body}`, WECOM_MARKDOWN_MAX_BYTES);
    const payload = JSON.stringify({ msgtype: 'markdown', markdown: { content } });
    const { text } = await postJson(delivery.address, payload, options);
    assertRobotOk(delivery.address, text);
  };
}
