const itemPrefix = 'item-';
const planPrefix = 'plan-';

export const itemStreamId = (itemId: string): string => `${itemPrefix}${itemId}`;
export const itemIdOfStream = (streamId: string): string | undefined =>
  streamId.startsWith(itemPrefix) ? streamId.slice(itemPrefix.length) : undefined;

export const planStreamId = (planId: string): string => `${planPrefix}${planId}`;
export const planIdOfStream = (streamId: string): string | undefined =>
  streamId.startsWith(planPrefix) ? streamId.slice(planPrefix.length) : undefined;
