import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { type OutboundPolicy, OutboundRefused, checkOutboundUrlSyntax, guardedLookup } from '../outbound/outbound-policy';

/** The channels a principal may add besides its inbox. */
export const channels = ['email', 'webhook', 'dingtalk', 'wecom'] as const;
export type Channel = (typeof channels)[number];

/** One delivery as the deliverer hands it to a sender. */
export interface DeliveryToSend {
  notificationId: string;
  channel: string;
  /** An email address, or the URL to POST to. */
  address: string;
  /** The principal's secret for this channel (webhook HMAC key, DingTalk robot signing secret), if any. */
  secret: string | null;
  /** Failed attempts so far. */
  attempts: number;
}

/** The notification being delivered. */
export interface NotificationToSend {
  id: string;
  principalId: string;
  eventId: string;
  itemId: string | null;
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** Sends one delivery; resolves when the other side accepted it, throws otherwise. */
export type Sender = (delivery: DeliveryToSend, notification: NotificationToSend) => Promise<void>;

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Robot and webhook answers are short; more than this is cut. */
const MAX_ANSWER_BYTES = 64 * 1024;

export interface HttpOptions {
  /** Per request (default 10 s). */
  timeoutMs?: number;
  /** For tests: a stand-in for the network (the outbound URL check still applies); node:http(s) otherwise. */
  fetch?: typeof fetch;
  /** Which addresses may be reached (the allow-list; default: public https only). */
  outbound?: OutboundPolicy;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/**
 * POSTs JSON; throws unless the answer is 2xx. Outbound policy: the URL must pass `checkOutboundUrlSyntax`, and the
 * connection resolves the name through `guardedLookup`, so the addresses checked are the ones connected to.
 * Redirects are not followed: a 3xx is a failed delivery. Returns the response text.
 */
export async function postJson(
  url: string,
  payload: string,
  options: HttpOptions & { headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string }> {
  const verdict = checkOutboundUrlSyntax(url, options.outbound?.allow);
  if (!verdict.ok) throw new DeliveryError(`${redact(url)} refused: ${verdict.reason}`);
  const headers = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'closeloop-notifications', ...options.headers };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { status, location, text } = options.fetch
    ? await viaFetch(options.fetch, url, payload, headers, timeoutMs)
    : await viaNode(verdict.url, payload, headers, timeoutMs, options.outbound);
  if (status >= 300 && status <= 399) {
    throw new DeliveryError(
      `${redact(url)} answered ${status} (to ${location ? redact(location) : 'nowhere'}): redirects are not followed`,
      status,
    );
  }
  if (status < 200 || status > 299) throw new DeliveryError(`${redact(url)} answered ${status}: ${excerpt(text)}`, status);
  return { status, text };
}

interface Answer {
  status: number;
  location?: string;
  text: string;
}

async function viaFetch(
  doFetch: typeof fetch,
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<Answer> {
  const response = await doFetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, location: response.headers.get('location') ?? undefined, text: await response.text() };
}

function viaNode(url: URL, body: string, headers: Record<string, string>, timeoutMs: number, policy: OutboundPolicy = {}): Promise<Answer> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        // Only this lookup may turn the name into an address; no pooled socket from elsewhere is reused.
        lookup: guardedLookup(url, policy) as unknown as LookupFunction,
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => {
          const location = res.headers.location;
          resolve({ status: res.statusCode ?? 0, location, text: Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error: Error) =>
      reject(error instanceof OutboundRefused ? new DeliveryError(`${redact(url.href)} refused: ${error.reason}`) : error),
    );
    req.end(body);
  });
}

/** Robot APIs answer 200 with `{ errcode, errmsg }`; anything but errcode 0 is a failure. */
export function assertRobotOk(url: string, text: string): void {
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new DeliveryError(`${redact(url)} answered something other than JSON: ${excerpt(text)}`);
  }
  if (answer?.errcode !== 0) {
    throw new DeliveryError(
      `${redact(url)} refused the message: errcode ${String(answer?.errcode)} ${String(answer?.errmsg ?? '')}`.trim(),
    );
  }
}

/** The URL without its query (robot URLs carry their access token there): safe for logs and last_error. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return 'the address';
  }
}

const excerpt = (text: string): string => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
