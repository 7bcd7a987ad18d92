import { createDingTalkSender, signDingTalk, signedDingTalkUrl } from './dingtalk';
import { delivery, fakeFetch, notification } from './test-fakes';

describe('DingTalk custom robot channel', () => {
  // Computed by hand with DingTalk's own Python sample:
  //   hmac.new(secret, f"{timestamp}\n{secret}", sha256) → base64 → urllib.parse.quote_plus
  const secret = 'SEC0123456789abcdef';
  const timestamp = 1700000000000;
  const sign = 'TSZbRFUuvaSQaRKUpF970OPCb2/LcQAP3wOvwZIzBZk=';
  const encoded = 'TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D';

  it('signs timestamp + "\\n" + secret with HMAC-SHA256 keyed by the secret, base64', () => {
    expect(signDingTalk(secret, timestamp)).toBe(sign);
  });

  it('appends the timestamp and the URL-encoded sign to the robot URL', () => {
    expect(signedDingTalkUrl('https://oapi.dingtalk.com/robot/send?access_token=T0K', secret, timestamp)).toBe(
      `https://oapi.dingtalk.com/robot/send?access_token=T0K&timestamp=1700000000000&sign=${encoded}`,
    );
  });

  it('POSTs a markdown message to the signed URL', async () => {
    const { fetch, calls } = fakeFetch({ body: '{"errcode":0,"errmsg":"ok"}' });
    const send = createDingTalkSender({ fetch, now: () => new Date(timestamp) });
    await send(delivery('dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=T0K', secret), notification);

    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(`https://oapi.dingtalk.com/robot/send?access_token=T0K&timestamp=1700000000000&sign=${encoded}`);
    expect(JSON.parse(calls[0].body)).toEqual({
      msgtype: 'markdown',
      markdown: { title: notification.title, text: `### ${notification.title}\n\n${notification.body}` },
    });
  });

  it('sends to the bare URL when the robot has no signing secret', async () => {
    const { fetch, calls } = fakeFetch({ body: '{"errcode":0,"errmsg":"ok"}' });
    await createDingTalkSender({ fetch })(delivery('dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=T0K'), notification);
    expect(calls[0].url).toBe('https://oapi.dingtalk.com/robot/send?access_token=T0K');
  });

  it('treats a 200 answer with errcode other than 0 as a failure, without leaking the token', async () => {
    const { fetch } = fakeFetch({ body: '{"errcode":310000,"errmsg":"sign not match"}' });
    const attempt = createDingTalkSender({ fetch })(
      delivery('dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=T0K', secret),
      notification,
    );
    await expect(attempt).rejects.toThrow('https://oapi.dingtalk.com/robot/send refused the message: errcode 310000 sign not match');
    await expect(attempt).rejects.not.toThrow(/T0K/);
  });

  it('fails on a non-2xx answer and on a body that is not JSON', async () => {
    const down = fakeFetch({ status: 502, body: 'bad gateway' });
    await expect(
      createDingTalkSender({ fetch: down.fetch })(delivery('dingtalk', 'https://oapi.dingtalk.com/robot/send'), notification),
    ).rejects.toThrow('answered 502');
    const html = fakeFetch({ body: '<html>' });
    await expect(
      createDingTalkSender({ fetch: html.fetch })(delivery('dingtalk', 'https://oapi.dingtalk.com/robot/send'), notification),
    ).rejects.toThrow('something other than JSON');
  });
});
