import { v5 as uuidv5 } from 'uuid';

const ITEM_NAMESPACE = '6f0c1d8e-5b7a-4c2e-9d1f-3a8b7c6d5e4f';

/** Same plan and item code, same id: a retried or repeated creation lands on the same workflow. */
export const itemIdFor = (planCode: string, code: string): string => uuidv5(`${planCode}\u0000${code}`, ITEM_NAMESPACE);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isItemId = (value: string): boolean => uuidPattern.test(value);
