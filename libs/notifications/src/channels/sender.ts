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

export interface HttpOptions {
  /** Per request (default 10 s). */
  timeoutMs?: number;
  /** For tests; the global `fetch` otherwise. */
  fetch?: typeof fetch;
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

/** POSTs JSON; throws unless the answer is 2xx (redirects are not followed). Returns the response text. */
export async function postJson(
  url: string,
  payload: string,
  options: HttpOptions & { headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string }> {
  const doFetch = options.fetch ?? fetch;
  const response = await doFetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'closeloop-notifications', ...options.headers },
    body: payload,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  });
  const text = await response.text();
  if (response.status < 200 || response.status > 299) {
    throw new DeliveryError(`${redact(url)} answered ${response.status}: ${excerpt(text)}`, response.status);
  }
  return { status: response.status, text };
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
    throw new DeliveryError(`${redact(url)} refused the message: errcode ${String(answer?.errcode)} ${String(answer?.errmsg ?? '')}`.trim());
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
