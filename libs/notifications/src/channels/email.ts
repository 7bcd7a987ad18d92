import { createTransport } from 'nodemailer';
import type { Sender } from './sender';

export interface EmailOptions {
  host: string;
  port: number;
  /** Implicit TLS (port 465). Default false: plain, upgraded with STARTTLS when the server offers it. */
  secure?: boolean;
  /** Never upgrade with STARTTLS (a local relay without TLS). */
  ignoreTLS?: boolean;
  /** Refuse to send unless STARTTLS succeeds. */
  requireTLS?: boolean;
  auth?: { user: string; pass: string };
  /** The sender, e.g. `"闭环 Closeloop" <noreply@example.gov.cn>`. */
  from: string;
  /** The right-hand side of Message-IDs (default `closeloop`). */
  messageIdDomain?: string;
  /** Connection, greeting and socket timeout (default 10 s). */
  timeoutMs?: number;
}

/** `<notification id@domain>`: the same notification always has the same Message-ID, so receivers can dedupe. */
export const messageIdFor = (notificationId: string, domain = 'closeloop'): string => `<${notificationId}@${domain}>`;

/** Sends a plain-text email over SMTP; rejects on any SMTP error (including a refused recipient). */
export function createEmailSender(options: EmailOptions): Sender {
  const timeout = options.timeoutMs ?? 10_000;
  const transport = createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure ?? false,
    ignoreTLS: options.ignoreTLS,
    requireTLS: options.requireTLS,
    auth: options.auth,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return async (delivery, notification) => {
    await transport.sendMail({
      from: options.from,
      to: delivery.address,
      subject: notification.title,
      text: notification.body,
      messageId: messageIdFor(notification.id, options.messageIdDomain),
      date: notification.createdAt,
      headers: {
        'X-Closeloop-Delivery': notification.id,
        'X-Closeloop-Kind': notification.kind,
        'Auto-Submitted': 'auto-generated',
      },
    });
  };
}
