import { delivery, fakeFetch, notification } from './test-fakes';
import { WECOM_MARKDOWN_MAX_BYTES, createWeComSender, truncateUtf8 } from './wecom';

describe('WeCom group robot channel', () => {
  const url = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx';

  it('POSTs a markdown message to the robot URL', async () => {
    const { fetch, calls } = fakeFetch({ body: '{"errcode":0,"errmsg":"ok"}' });
    await createWeComSender({ fetch })(delivery('wecom', url), notification);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(url);
    expect(JSON.parse(calls[0].body)).toEqual({
      msgtype: 'markdown',
      markdown: { content: `**${notification.title}**\n${notification.body}` },
    });
  });

  it('treats errcode other than 0 as a failure, without leaking the key', async () => {
    const { fetch } = fakeFetch({ body: '{"errcode":93000,"errmsg":"invalid webhook url"}' });
    const attempt = createWeComSender({ fetch })(delivery('wecom', url), notification);
    await expect(attempt).rejects.toThrow('https://qyapi.weixin.qq.com/cgi-bin/webhook/send refused the message: errcode 93000');
    await expect(attempt).rejects.not.toThrow(/693a91f6/);
  });

  it('keeps the content within 4096 bytes of UTF-8, never splitting a character', async () => {
    const { fetch, calls } = fakeFetch({ body: '{"errcode":0}' });
    await createWeComSender({ fetch })(delivery('wecom', url), { ...notification, body: '整改'.repeat(3000) });
    const content = (JSON.parse(calls[0].body) as { markdown: { content: string } }).markdown.content;
    expect(Buffer.byteLength(content, 'utf8')).toBeLessThanOrEqual(WECOM_MARKDOWN_MAX_BYTES);
    expect(content.endsWith('…')).toBe(true);
    expect(truncateUtf8('短', 10)).toBe('短');
    expect(truncateUtf8('一二三四', 9)).toBe('一二…');
  });
});
