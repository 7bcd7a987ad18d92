const prefix = 'item-';

export const itemStreamId = (itemId: string): string => `${prefix}${itemId}`;
export const itemIdOfStream = (streamId: string): string | undefined =>
  streamId.startsWith(prefix) ? streamId.slice(prefix.length) : undefined;
