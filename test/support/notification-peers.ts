import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/* Real local peers for notification tests: an SMTP server that keeps what it receives, and an HTTP
 * receiver (webhooks, DingTalk and WeCom robots) that records every call and can be told to fail. */

// ---------- a real SMTP server that keeps what it receives ----------
export interface Mail {
  to: string[];
  messageId: string;
  delivery: string;
  raw: string;
}

export async function startSmtp(): Promise<{ port: number; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '',
          delivery: /^X-Closeloop-Delivery:\s*(\S+)/im.exec(raw)?.[1] ?? '',
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------- a real HTTP receiver that can be told to fail ----------
export interface Received {
  path: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
  answered: number;
}

export class Receiver {
  readonly calls: Received[] = [];
  /** Answer 503 to the next N calls on a path. */
  readonly failNext = new Map<string, number>();
  /** Always answer 503 on these paths. */
  readonly down = new Set<string>();
  /** Answer 302 with this Location on these paths. */
  readonly redirect = new Map<string, string>();
  delayMs = 0;
  private server?: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** `127.0.0.1:<port>`: the entry for CLOSELOOP_OUTBOUND_ALLOW (or StackOptions.outboundAllow). */
  get hostPort(): string {
    return `127.0.0.1:${this.port}`;
  }

  url(path: string, query = ''): string {
    return `http://127.0.0.1:${this.port}${path}${query}`;
  }

  ok(path: string): Received[] {
    return this.calls.filter((c) => c.path === path && c.answered < 300);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    const url = new URL(req.url ?? '/', 'http://receiver');
    const left = this.failNext.get(url.pathname) ?? 0;
    const failing = this.down.has(url.pathname) || left > 0;
    if (left > 0) this.failNext.set(url.pathname, left - 1);
    const location = this.redirect.get(url.pathname);
    const status = failing ? 503 : location ? 302 : 200;
    this.calls.push({ path: url.pathname, url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered: status });
    if (location) {
      res.writeHead(302, { location, 'content-type': 'text/plain' });
      res.end('moved');
      return;
    }
    const robot = url.pathname === '/dingtalk' || url.pathname === '/wecom';
    res.writeHead(status, { 'content-type': robot ? 'application/json' : 'text/plain' });
    res.end(failing ? 'unavailable' : robot ? '{"errcode":0,"errmsg":"ok"}' : 'ok');
  }
}
