import { createHash } from 'node:crypto';

/** The namespace of notification ids (a fixed random UUID; never change it: ids must stay stable). */
export const NOTIFICATION_NAMESPACE = '5b0c8f2e-6a43-4d1e-9b7a-2f1c0e4d8a61';

/** RFC 9562 UUID version 5 (SHA-1 of namespace + name), the same as `uuid`'s `v5`. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One notification per event and recipient: the same event replayed lands on the same row. */
export const notificationIdFor = (eventId: string, principalId: string): string =>
  uuidV5(`${eventId}:${principalId}`, NOTIFICATION_NAMESPACE);
