import type { ItemQuery } from '../../api/queries';

/** 我的待办's filters and page, as they stand in the URL (so a reload, a link or Back shows the same list). */
export interface TodoFilters {
  /** Text in the code, title, finding or target. */
  q?: string;
  /** One of the person's units (for a person who acts for several). */
  unit?: string;
  status?: ItemQuery['status'];
  light?: ItemQuery['light'];
  overdue: boolean;
  dueBefore?: string;
  /** The cursors of the pages before this one, in order; the last is this page's. */
  trail: string[];
}

const statuses = ['assigned', 'in_progress', 'in_public_notice', 'awaiting_verification', 'closed', 'consolidated'] as const;
const lights = ['green', 'yellow', 'red'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURSOR = /^[A-Za-z0-9_-]{32}$/;
export const PAGE_SIZE = 20;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

export function readFilters(params: URLSearchParams): TodoFilters {
  const dueBefore = params.get('dueBefore');
  const q = params.get('q')?.trim().slice(0, 100);
  return {
    q: q || undefined,
    unit: params.get('unit') || undefined,
    status: oneOf(statuses, params.get('status')),
    light: oneOf(lights, params.get('light')),
    overdue: params.get('overdue') === '1',
    dueBefore: dueBefore && DATE.test(dueBefore) ? dueBefore : undefined,
    trail: (params.get('pages') ?? '').split('.').filter((c) => CURSOR.test(c)),
  };
}

export function writeFilters(filters: TodoFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.unit) params.set('unit', filters.unit);
  if (filters.status) params.set('status', filters.status);
  if (filters.light) params.set('light', filters.light);
  if (filters.overdue) params.set('overdue', '1');
  if (filters.dueBefore) params.set('dueBefore', filters.dueBefore);
  if (filters.trail.length > 0) params.set('pages', filters.trail.join('.'));
  return params;
}

/** The API query for the page the filters name. */
export function toQuery(filters: TodoFilters): ItemQuery {
  const cursor = filters.trail.at(-1);
  return {
    limit: PAGE_SIZE,
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.unit ? { responsibleUnit: filters.unit } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.light ? { light: filters.light } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.dueBefore ? { dueBefore: filters.dueBefore } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

export const isFiltered = (f: TodoFilters): boolean => !!(f.q || f.unit || f.status || f.light || f.overdue || f.dueBefore);
