import type { Schemas } from '@closeloop/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';

export type Cockpit = Schemas['PlanCockpit'];
/** The listItems query a cockpit number stands for (add `limit` and `cursor` to page). */
export type CountQuery = Cockpit['total']['query'];
export interface Count {
  count: number;
  query: CountQuery;
}

/** The plans the leader may open (their units' plans), 100 at a time: enough for a picker. */
export function usePlans() {
  return useQuery({ queryKey: ['plans'], queryFn: () => call(api.GET('/v1/plans', { params: { query: { limit: 100 } } })) });
}

/** One plan's counts, ranking and trend, as of now. */
export function useCockpit(planId: string | undefined) {
  return useQuery({
    queryKey: ['cockpit', planId],
    queryFn: () => call(api.GET('/v1/plans/{id}/cockpit', { params: { path: { id: planId! } } })),
    enabled: !!planId,
    placeholderData: keepPreviousData,
    retry: (count, error) => count < 2 && !(error as { isRefused?: boolean }).isRefused,
  });
}

/** 周调度 of an ISO week (2026-W49) as an XLSX file. */
export const weeklyDispatchXlsx = (week: string): Promise<Blob> =>
  call(api.GET('/v1/reports/dispatch', { params: { query: { week, format: 'xlsx' } }, parseAs: 'blob' })) as Promise<Blob>;

/** 月通报 of a month (2026-11) as an XLSX file. */
export const monthlyBulletinXlsx = (month: string): Promise<Blob> =>
  call(api.GET('/v1/reports/bulletin', { params: { query: { month, format: 'xlsx' } }, parseAs: 'blob' })) as Promise<Blob>;
