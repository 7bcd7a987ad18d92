import type { Schemas } from '@closeloop/api-client';
import { expect } from '@jest/globals';
import type { ApiClient } from './api';

type ItemFiling = Schemas['CreateItemDto'];

/**
 * Files one item whose wording does not matter to the test (整改事项 <code>, 问题, 目标, unless given) and expects
 * 201: for specs about queues, counts and access rather than an item's content.
 */
export async function fileItem(
  admin: ApiClient,
  item: Omit<ItemFiling, 'title' | 'finding' | 'target'> & Partial<Pick<ItemFiling, 'title' | 'finding' | 'target'>>,
): Promise<Schemas['ItemView']> {
  const filed = await admin.POST('/v1/items', { body: { title: `整改事项 ${item.code}`, finding: '问题', target: '目标', ...item } });
  expect(filed.response.status).toBe(201);
  return filed.data!;
}
