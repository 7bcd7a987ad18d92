import type { Schemas } from '@closeloop/api-client';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { api, call } from './client';

export type Unit = Schemas['UnitDto'];

/** One cache entry for the organisation: the admin screens that change it invalidate what the item pages read. */
export const unitsKey = ['units'] as const;

/** Units come 500 a page; an organisation has dozens to a few hundred, and a tree needs them all. */
const UNIT_PAGE = 500;
const MAX_UNIT_PAGES = 20;

/** Every unit (GET /v1/units, readable by every role), page after page of the API. */
export function useUnits() {
  return useQuery({
    queryKey: unitsKey,
    queryFn: async () => {
      const units: Unit[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_UNIT_PAGES; page++) {
        const answer = await call(api.GET('/v1/units', { params: { query: { limit: UNIT_PAGE, ...(cursor ? { cursor } : {}) } } }));
        units.push(...answer.items);
        if (!answer.nextCursor) break;
        cursor = answer.nextCursor;
      }
      return units;
    },
    staleTime: 5 * 60_000,
  });
}

/** A unit's name; its id until the units have loaded (or for a unit that is not there), — for none. */
export function useUnitName(): (id: string | null | undefined) => string {
  const { data } = useUnits();
  const names = useMemo(() => new Map(data?.map((unit) => [unit.id, unit.name])), [data]);
  return useCallback((id) => (id ? (names.get(id) ?? id) : '—'), [names]);
}
