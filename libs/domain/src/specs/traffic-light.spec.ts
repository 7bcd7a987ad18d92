import type { ItemEvent } from '../events';
import { trafficLight } from '../traffic-light';
import {
  closureRequested,
  deadlineApproaching,
  extensionApproved,
  extensionRequested,
  itemClosed,
  itemOverdue,
  itemReopened,
  lifeUntil,
  milestoneMissed,
  progressReported,
  relapseFound,
  revisitDue,
  stateAfter,
  verificationAccepted,
  verificationRejected,
} from './fixtures';

const light = (events: ItemEvent[]) => trafficLight(stateAfter(events));
const working = lifeUntil('in_progress');

describe('traffic light (红黄绿灯)', () => {
  it('is green for an item on track', () => {
    expect(light(working)).toBe('green');
  });

  it('is green for a newly assigned item', () => {
    expect(light(lifeUntil('assigned'))).toBe('green');
  });

  it('turns yellow when the deadline is approaching', () => {
    expect(light([...working, deadlineApproaching()])).toBe('yellow');
  });

  it('turns yellow when a milestone is missed', () => {
    expect(light([...working, milestoneMissed()])).toBe('yellow');
  });

  it('turns green again when the missed milestone is reported reached after all', () => {
    expect(light([...working, milestoneMissed(), progressReported({ milestonesReached: ['m1'] })])).toBe('green');
  });

  it('turns red when the item is overdue', () => {
    expect(light([...working, itemOverdue()])).toBe('red');
  });

  it('stays red when it is also due soon and behind on a milestone', () => {
    expect(light([...working, milestoneMissed(), deadlineApproaching(), itemOverdue()])).toBe('red');
  });

  it('turns green again when an extension moves the deadline', () => {
    expect(light([...working, deadlineApproaching(), itemOverdue(), extensionRequested(), extensionApproved()])).toBe('green');
  });

  it('stays red while an overdue item awaits verification', () => {
    expect(light([...working, itemOverdue(), closureRequested()])).toBe('red');
  });

  it('stays red when verification rejects an overdue item', () => {
    expect(light([...working, itemOverdue(), closureRequested(), verificationRejected()])).toBe('red');
  });

  it('is green once an overdue item is closed', () => {
    expect(light([...working, itemOverdue(), closureRequested(), verificationAccepted(), itemClosed()])).toBe('green');
  });

  it('is green for a closed item even with a milestone that was missed on the way', () => {
    expect(light([...working, milestoneMissed(), closureRequested(), verificationAccepted(), itemClosed()])).toBe('green');
  });

  it('is green for a consolidated item', () => {
    expect(light(lifeUntil('consolidated'))).toBe('green');
  });

  it('turns red when a reopened item overshoots its new deadline', () => {
    const reopened = [...lifeUntil('closed'), revisitDue(), relapseFound(), itemReopened({ newDeadline: '2027-08-31' })];
    expect(light(reopened)).toBe('green');
    expect(light([...reopened, itemOverdue({ deadline: '2027-08-31' })])).toBe('red');
  });
});
