import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, call } from '../../api/client';

/** The organisation changes rarely: one read of up to 500 units a session, kept for an hour. */
const UNITS_PAGE = 500;

/** A unit's name from the organisation (GET /v1/units, readable by every role); its id until the list has loaded. */
export function useUnitName(): (id: string | null | undefined) => string {
  const { data } = useQuery({
    queryKey: ['units'],
    queryFn: () => call(api.GET('/v1/units', { params: { query: { limit: UNITS_PAGE } } })),
    staleTime: 60 * 60 * 1000,
  });
  return useCallback((id) => (id ? (data?.items.find((unit) => unit.id === id)?.name ?? id) : '—'), [data]);
}
