import { dateOf, isCalendarDate } from '../calendar-date';
import type { RecordRevisitResult } from '../commands';
import type { ItemEvent } from '../events';
import { refuse } from '../refusal';
import type { FiledItem } from '../state';
import { mustBeIn, mustBeSupervisingUnit } from './permissions';

export function recordRevisitResult({ data, metadata }: RecordRevisitResult, item: FiledItem, at: string): ItemEvent[] {
  mustBeSupervisingUnit(item, metadata, 'record a revisit');
  mustBeIn(item, ['closed'], 'record a revisit');
  const revisit = item.revisits.find((r) => r.revisitId === data.revisitId);
  if (!revisit) refuse('conflict', 'no-such-revisit', `no revisit ${data.revisitId} on this item`);
  if (revisit!.status !== 'due') refuse('conflict', 'revisit-not-due', `revisit ${data.revisitId} is ${revisit!.status}, not due`);
  const base = { itemId: item.itemId, revisitId: data.revisitId, findings: data.findings, at };
  if (data.relapsed) {
    if (!data.newDeadline || !isCalendarDate(data.newDeadline)) {
      refuse('invalid', 'new-deadline-required', 'a relapse reopens the item and needs a new deadline (YYYY-MM-DD)');
    }
    if (data.newDeadline! < dateOf(new Date(at)))
      refuse('invalid', 'deadline-in-past', `the new deadline ${data.newDeadline} has already passed`);
    return [
      { type: 'RelapseFound', data: base },
      { type: 'ItemReopened', data: { itemId: item.itemId, newDeadline: data.newDeadline!, relapseCount: item.relapseCount + 1, at } },
    ];
  }
  const open = item.revisits.filter((r) => r.revisitId !== data.revisitId && (r.status === 'scheduled' || r.status === 'due'));
  const events: ItemEvent[] = [{ type: 'RevisitConsolidated', data: base }];
  if (open.length === 0) events.push({ type: 'ItemConsolidated', data: { itemId: item.itemId, at } });
  return events;
}
