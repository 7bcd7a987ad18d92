import type { Schemas, operations } from '@closeloop/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from './client';

export type Item = Schemas['ItemView'];
export type ItemEvent = Schemas['ItemEventDto'];
export type InboxEntry = Schemas['InboxEntryDto'];
export type ItemQuery = NonNullable<operations['listItems']['parameters']['query']>;

/** Query keys: one place, so that a write invalidates exactly what it changed. */
export const keys = {
  items: (query: ItemQuery) => ['items', query] as const,
  allItems: ['items'] as const,
  item: (id: string) => ['item', id] as const,
  events: (id: string) => ['item', id, 'events'] as const,
  inbox: ['inbox'] as const,
  unread: ['inbox', 'unread'] as const,
};

/** A page of items (server-side filters and cursor); the previous page stays shown while the next one loads. */
export function useItems(query: ItemQuery) {
  return useQuery({
    queryKey: keys.items(query),
    queryFn: () => call(api.GET('/v1/items', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useItem(id: string) {
  return useQuery({
    queryKey: keys.item(id),
    queryFn: () => call(api.GET('/v1/items/{id}', { params: { path: { id } } })),
    retry: (count, error) => count < 2 && !(error as { isRefused?: boolean }).isRefused,
  });
}

export function useItemEvents(id: string) {
  return useQuery({
    queryKey: keys.events(id),
    queryFn: () => call(api.GET('/v1/items/{id}/events', { params: { path: { id } } })),
    retry: (count, error) => count < 2 && !(error as { isRefused?: boolean }).isRefused,
  });
}

/** The newest notifications, 50 at a time (`cursor` pages on). */
export function useInbox(cursor: string | undefined) {
  return useQuery({
    queryKey: [...keys.inbox, cursor ?? ''],
    queryFn: () => call(api.GET('/v1/inbox', { params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

/** The inbox badge: the person's unread notifications in all, refreshed every minute. */
export function useUnread() {
  return useQuery({
    queryKey: keys.unread,
    queryFn: () => call(api.GET('/v1/inbox/unread-counts')),
    refetchInterval: 60_000,
  });
}

/** The unread notifications about each item of a page (reminders, warnings, escalations), by item id. */
export function useUnreadByItem(itemIds: string[]) {
  return useQuery({
    queryKey: [...keys.unread, itemIds],
    queryFn: async () => {
      const counts = await call(api.GET('/v1/inbox/unread-counts', { params: { query: { items: itemIds.join(',') } } }));
      return new Map(counts.items.map((c) => [c.itemId, c.unread]));
    },
    enabled: itemIds.length > 0,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/v1/inbox/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.inbox }),
  });
}
