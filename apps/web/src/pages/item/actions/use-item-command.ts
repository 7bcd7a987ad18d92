import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../../api/client';
import { type Item, keys } from '../../../api/queries';

/** A write to an item: sent with If-Match (the version on screen) and an Idempotency-Key (one per form shown). */
export interface ItemWrite<Body> {
  (item: Item, body: Body, idempotencyKey: string): Promise<Item>;
}

/**
 * Sends one command and shows the item as the API answers it. When someone else acted first (409 refused in the new
 * status, 412 the version moved on) the item and its timeline are reloaded and the page says so; `onConflict` then
 * closes the form. Other errors are the form's to show (field errors beside the fields).
 */
export function useItemCommand<Body>(item: Item, write: ItemWrite<Body>, done: { success: string; onConflict?: () => void }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.item(item.id) }),
      queryClient.invalidateQueries({ queryKey: keys.allItems }),
      queryClient.invalidateQueries({ queryKey: ['inbox'] }),
    ]);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Body; idempotencyKey: string }) => write(item, body, idempotencyKey),
    onSuccess: async (updated) => {
      queryClient.setQueryData(keys.item(item.id), updated);
      void message.success(done.success);
      await refresh();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) {
        done.onConflict?.();
        void message.warning('他人已先行操作，已刷新');
        await refresh();
      }
    },
  });
}

export const isConflict = (error: unknown): boolean => error instanceof ApiError && error.isConflict;
