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

/** The unread notifications (up to 100: the header shows 99+ beyond), refreshed every minute. */
export function useUnread() {
  return useQuery({
    queryKey: keys.unread,
    queryFn: () => call(api.GET('/v1/inbox', { params: { query: { unread: true, limit: 100 } } })),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/v1/inbox/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.inbox }),
  });
}
