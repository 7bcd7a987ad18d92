// Every stream id and workflow id, in one place: the writers, the projections and the API derive them from here.

const itemPrefix = 'item-';
const planPrefix = 'plan-';
const calendarPrefix = 'calendar-';

/** An item's events: `item-<id>`. */
export const itemStreamId = (itemId: string): string => `${itemPrefix}${itemId}`;
export const itemIdOfStream = (streamId: string): string | undefined =>
  streamId.startsWith(itemPrefix) ? streamId.slice(itemPrefix.length) : undefined;

/** A plan's events: `plan-<id>`. */
export const planStreamId = (planId: string): string => `${planPrefix}${planId}`;
export const planIdOfStream = (streamId: string): string | undefined =>
  streamId.startsWith(planPrefix) ? streamId.slice(planPrefix.length) : undefined;

/** Each year's calendar changes: `calendar-2026`. */
export const calendarStreamId = (year: number): string => `${calendarPrefix}${year}`;

/** Stable per item, so a retried creation finds the same workflow instead of starting a twin. */
export const itemWorkflowId = (itemId: string): string => `item-${itemId}`;

/** One re-plan per change of a year: the change is the stream `calendar-<year>` at `calendarVersion`. */
export const calendarReplanWorkflowId = (year: number, calendarVersion: number): string => `calendar-replan-${year}-v${calendarVersion}`;
