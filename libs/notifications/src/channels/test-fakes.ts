import type { DeliveryToSend, NotificationToSend } from './sender';

/** Shared by the channel specs (not exported from the package). */
export const notification: NotificationToSend = {
  id: '6f1d2c9e-1b4a-5c3d-8e7f-0a1b2c3d4e5f',
  principalId: '0e9f7c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b',
  eventId: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d',
  itemId: '2b3c4d5e-6f7a-5b1c-9d2e-4f5a6b7c8d9e',
  kind: 'deadline-approaching',
  title: '整改事项即将到期',
  body: '事项 HHHT-2020/3 将于 2026-12-31 到期，请及时报送进展。',
  data: { itemId: '2b3c4d5e-6f7a-5b1c-9d2e-4f5a6b7c8d9e', deadline: '2026-12-31' },
  createdAt: new Date('2026-11-23T02:00:00.000Z'),
};

export const delivery = (channel: string, address: string, secret: string | null = null): DeliveryToSend => ({
  notificationId: notification.id,
  channel,
  address,
  secret,
  attempts: 0,
});

export interface Captured {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A stand-in for `fetch` that records each request and answers with the given status and body. */
export function fakeFetch(answer: { status?: number; body?: string } = {}): { fetch: typeof fetch; calls: Captured[] } {
  const calls: Captured[] = [];
  const stub = async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({
      url: String(input),
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: String(init?.body),
    });
    const status = answer.status ?? 200;
    return new Response([204, 205, 304].includes(status) ? null : (answer.body ?? ''), { status });
  };
  return { fetch: stub as typeof fetch, calls };
}
