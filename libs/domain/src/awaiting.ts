import type { FiledItem } from './state';

/** What can wait for the supervising unit: an extension request, a closure request, a revisit that fell due. */
export const awaitingKinds = ['extension', 'closure', 'revisit'] as const;
export type AwaitingKind = (typeof awaitingKinds)[number];

export interface AwaitingSupervisor {
  kind: AwaitingKind;
  /** When it began to wait for the supervising unit (ISO 8601). */
  since: string;
}

/**
 * What the item waits for its supervising unit to decide (待审核), and since when; undefined when nothing does.
 *
 * - an extension request: since it was requested;
 * - a closure request awaiting verification: since it was requested, or since its public notice (公示) ended when
 *   it had one (during the notice it waits for objections, not for the supervising unit);
 * - a revisit (回头看) that fell due: since its due time (the earliest, should two be due).
 *
 * At most one thing waits at a time: an extension is asked for only in progress, a closure request drops a pending
 * extension, and revisits fall due only once the item is closed.
 */
export function awaitingSupervisor(item: FiledItem): AwaitingSupervisor | undefined {
  if (item.pendingExtension) return { kind: 'extension', since: item.pendingExtension.requestedAt };
  if (item.status === 'awaiting_verification' && item.closureRequest) {
    return { kind: 'closure', since: item.closureRequest.noticeEndsAt ?? item.closureRequest.requestedAt };
  }
  if (item.status === 'closed') {
    const due = item.revisits
      .filter((r) => r.status === 'due')
      .map((r) => r.dueAt)
      .sort()[0];
    if (due) return { kind: 'revisit', since: due };
  }
  return undefined;
}
