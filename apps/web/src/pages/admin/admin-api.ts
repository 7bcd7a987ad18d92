import type { Schemas } from '@closeloop/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { unitsKey } from '../../api/units';

export { type Unit, useUnits } from '../../api/units';

/** 方案管理's reads and writes: units, API keys, plans (import, ledger) and the working calendar, through the generated client. */

export type Principal = Schemas['PrincipalDto'];
export type PlanSummary = Schemas['PlanSummary'];
export type Plan = Schemas['PlanView'];
export type PlanPolicy = Plan['policy'];
export type ImportCheck = Schemas['ImportCheck'];
export type ImportResult = Schemas['ImportResult'];
export type CalendarYear = Schemas['CalendarYearDto'];
export type CalendarDay = Schemas['CalendarDayDto'];
export type CalendarReplan = Schemas['CalendarReplanDto'];

export const adminKeys = {
  principals: ['admin', 'principals'] as const,
  plans: ['admin', 'plans'] as const,
  plan: (id: string) => ['admin', 'plans', id] as const,
  calendar: (year: number) => ['admin', 'calendar', year] as const,
  replan: (year: number) => ['admin', 'calendar', year, 'replan'] as const,
};

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateUnitDto']) => call(api.POST('/v1/units', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey }),
  });
}

export const PAGE_SIZE = 20;

/** A page of principals (API keys), by id after `cursor`. */
export function usePrincipals(cursor: string | undefined) {
  return useQuery({
    queryKey: [...adminKeys.principals, cursor ?? ''],
    queryFn: () => call(api.GET('/v1/principals', { params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreatePrincipal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreatePrincipalDto']) => call(api.POST('/v1/principals', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.principals }),
  });
}

export function useRotateKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/v1/principals/{id}/key', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.principals }),
  });
}

export function useRevokePrincipal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/v1/principals/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.principals }),
  });
}

/** A page of plans, by id after `cursor`. */
export function usePlans(cursor: string | undefined) {
  return useQuery({
    queryKey: [...adminKeys.plans, 'page', cursor ?? ''],
    queryFn: () => call(api.GET('/v1/plans', { params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: adminKeys.plan(id),
    queryFn: () => call(api.GET('/v1/plans/{id}', { params: { path: { id } } })),
  });
}

export function useIssuePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreatePlanDto']) => call(api.POST('/v1/plans', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.plans }),
  });
}

/** The plan's spreadsheet sent as the document's multipart form (its one part `file`); `dryRun` checks and writes nothing. */
export function importSheet(planId: string, file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file, file.name);
  return call(
    api.POST('/v1/plans/{id}/items:import', {
      params: { path: { id: planId }, query: dryRun ? { dryRun: true } : {} },
      // The document types the part as a string (binary); the serializer sends the form with the file's bytes.
      body: { file: file.name },
      bodySerializer: () => form,
    }),
  );
}

export const ledgerFormats = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;
export type LedgerFormat = keyof typeof ledgerFormats;

/** The plan's ledger (台账) as a file: the Accept header picks the format, the answer comes as a Blob. */
export function downloadLedger(planId: string, format: LedgerFormat): Promise<Blob> {
  return call(
    api.GET('/v1/plans/{id}/ledger', { params: { path: { id: planId } }, headers: { accept: ledgerFormats[format] }, parseAs: 'blob' }),
  ) as Promise<Blob>;
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: adminKeys.calendar(year),
    queryFn: () => call(api.GET('/v1/calendar/{year}', { params: { path: { year } } })),
  });
}

export function useReplaceCalendarYear(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ReplaceCalendarDto']) => call(api.PUT('/v1/calendar/{year}', { params: { path: { year } }, body })),
    onSuccess: (stored) => {
      queryClient.setQueryData(adminKeys.calendar(year), { year: stored.year, holidays: stored.holidays, workdays: stored.workdays });
      queryClient.setQueryData(adminKeys.replan(year), stored.replan);
    },
  });
}

/** The re-plan after the year's last change, asked again every 2 s until every item is handled. */
export function useCalendarReplan(year: number) {
  return useQuery({
    queryKey: adminKeys.replan(year),
    queryFn: async () => {
      try {
        return await call(api.GET('/v1/calendar/{year}/replan', { params: { path: { year } } }));
      } catch (error) {
        // Never changed here: no re-plan to show.
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },
    refetchInterval: (query) => (query.state.data && !query.state.data.done ? 2_000 : false),
  });
}
