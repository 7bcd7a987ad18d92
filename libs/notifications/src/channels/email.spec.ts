import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createEmailSender, messageIdFor } from './email';
import { delivery, notification } from './test-fakes';

describe('email channel', () => {
  let server: SMTPServer;
  let port: number;
  const received: { to: string[]; raw: string }[] = [];
  let refuse = false;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        callback(refuse ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : undefined);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the notification with a Message-ID derived from its id', async () => {
    const send = createEmailSender({
      host: '127.0.0.1',
      port,
      from: 'Closeloop <noreply@closeloop.test>',
      messageIdDomain: 'closeloop.test',
    });
    await send(delivery('email', 'unit@example.gov.cn'), notification);

    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['unit@example.gov.cn']);
    expect(received[0].raw).toContain(`Message-ID: <${notification.id}@closeloop.test>`);
    expect(received[0].raw).toContain(`X-Closeloop-Delivery: ${notification.id}`);
    expect(messageIdFor(notification.id)).toBe(`<${notification.id}@closeloop>`);
  });

  it('fails when the server refuses the recipient', async () => {
    refuse = true;
    try {
      const send = createEmailSender({ host: '127.0.0.1', port, from: 'noreply@closeloop.test' });
      await expect(send(delivery('email', 'gone@example.gov.cn'), notification)).rejects.toThrow(/mailbox unavailable|550/);
    } finally {
      refuse = false;
    }
  });
});
