import { awaitingSupervisor } from '../awaiting';
import {
  AT,
  NOTICE_ENDS_AT,
  REVISITS,
  closureRequested,
  extensionApproved,
  extensionRequested,
  extensionRejected,
  lifeUntil,
  progressReported,
  publicNoticeEnded,
  revisitDue,
  stateAfter,
  verificationRejected,
} from './fixtures';

const later = (minutes: number) => new Date(Date.parse(AT) + minutes * 60_000).toISOString();
const awaiting = (events: Parameters<typeof stateAfter>[0]) => awaitingSupervisor(stateAfter(events));

describe('what waits for the supervising unit (待审核)', () => {
  it('nothing while the unit works', () => {
    expect(awaiting(lifeUntil('assigned'))).toBeUndefined();
    expect(awaiting([...lifeUntil('in_progress'), progressReported()])).toBeUndefined();
  });

  it('an extension request, since it was requested, until it is decided', () => {
    const asked = [...lifeUntil('in_progress'), extensionRequested({}, later(5))];
    expect(awaiting(asked)).toEqual({ kind: 'extension', since: later(5) });
    expect(awaiting([...asked, extensionApproved({}, later(9))])).toBeUndefined();
    expect(awaiting([...asked, extensionRejected({}, later(9))])).toBeUndefined();
  });

  it('a closure request, since it was requested; not any more once rejected', () => {
    const asked = [...lifeUntil('in_progress'), closureRequested({}, later(7))];
    expect(awaiting(asked)).toEqual({ kind: 'closure', since: later(7) });
    expect(awaiting([...asked, verificationRejected({}, later(8))])).toBeUndefined();
  });

  it('a closure request that drops a pending extension request waits as a closure', () => {
    expect(awaiting([...lifeUntil('in_progress'), extensionRequested({}, later(1)), closureRequested({}, later(2))])).toEqual({
      kind: 'closure',
      since: later(2),
    });
  });

  it('a closure under public notice waits for objections, then for the supervising unit from the notice end', () => {
    const notice = lifeUntil('in_public_notice');
    expect(awaiting(notice)).toBeUndefined();
    expect(awaiting([...notice, publicNoticeEnded({}, later(60))])).toEqual({ kind: 'closure', since: NOTICE_ENDS_AT });
  });

  it('a revisit that fell due, since its due time; nothing while the revisits are only scheduled', () => {
    const closed = lifeUntil('closed');
    expect(awaiting(closed)).toBeUndefined();
    expect(awaiting([...closed, revisitDue({ revisitId: 'r1-1' })])).toEqual({ kind: 'revisit', since: REVISITS[0].dueAt });
    expect(awaiting([...closed, revisitDue({ revisitId: 'r1-2' }), revisitDue({ revisitId: 'r1-1' })])).toEqual({
      kind: 'revisit',
      since: REVISITS[0].dueAt,
    });
  });

  it('nothing once consolidated', () => {
    expect(awaiting(lifeUntil('consolidated'))).toBeUndefined();
  });
});
