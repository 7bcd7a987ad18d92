import type { ItemQuery } from '../../api/queries';
import { escalationLabel, lightLabel, statusLabel } from '../../lib/labels';
import type { CountQuery } from './cockpit-api';

/**
 * A cockpit number's query in the drill-down's URL (/cockpit/items?plan=…&light=red) and back: only the keys the
 * cockpit gives, each checked, so that a hand-edited URL is a query the API accepts or no filter at all.
 */

const statuses = Object.keys(statusLabel) as NonNullable<CountQuery['status']>[];
const lights = Object.keys(lightLabel) as NonNullable<CountQuery['light']>[];
const levels = Object.keys(escalationLabel) as NonNullable<CountQuery['escalation']>[];
const CURSOR = /^[A-Za-z0-9_-]{32}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

export function drillDownPath(query: CountQuery): string {
  const params = new URLSearchParams({ plan: query.plan });
  if (query.status) params.set('status', query.status);
  if (query.light) params.set('light', query.light);
  if (query.overdue !== undefined) params.set('overdue', String(query.overdue));
  if (query.escalation) params.set('escalation', query.escalation);
  if (query.escalationProposed !== undefined) params.set('escalationProposed', String(query.escalationProposed));
  if (query.responsibleUnit) params.set('responsibleUnit', query.responsibleUnit);
  return `/cockpit/items?${params.toString()}`;
}

const bool = (value: string | null): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);

/** The drill-down's query from its URL (undefined without a plan), and the cursors of the pages before this one. */
export function readDrillDown(params: URLSearchParams): { query: CountQuery; trail: string[] } | undefined {
  const plan = params.get('plan');
  if (!plan) return undefined;
  const query: CountQuery = { plan };
  const status = oneOf(statuses, params.get('status'));
  const light = oneOf(lights, params.get('light'));
  const escalation = oneOf(levels, params.get('escalation'));
  const overdue = bool(params.get('overdue'));
  const escalationProposed = bool(params.get('escalationProposed'));
  const responsibleUnit = params.get('responsibleUnit');
  if (status) query.status = status;
  if (light) query.light = light;
  if (escalation) query.escalation = escalation;
  if (overdue !== undefined) query.overdue = overdue;
  if (escalationProposed !== undefined) query.escalationProposed = escalationProposed;
  if (responsibleUnit) query.responsibleUnit = responsibleUnit;
  return { query, trail: (params.get('pages') ?? '').split('.').filter((c) => CURSOR.test(c)) };
}

/** The drill-down's URL at a page (the cursors before it). */
export function withTrail(params: URLSearchParams, trail: string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  if (trail.length > 0) next.set('pages', trail.join('.'));
  else next.delete('pages');
  return next;
}

/** What the number counted, in words: 红灯 · 整改中, 逾期, 督办, 待确认升级. */
export function describeQuery(query: CountQuery): string {
  const parts: string[] = [];
  if (query.status) parts.push(statusLabel[query.status]);
  if (query.light) parts.push(lightLabel[query.light]);
  if (query.overdue) parts.push('逾期');
  if (query.escalation) parts.push(escalationLabel[query.escalation]);
  if (query.escalationProposed) parts.push('待领导确认升级');
  return parts.length > 0 ? parts.join(' · ') : '全部整改任务';
}

export const PAGE_SIZE = 20;

export const toItemQuery = (query: CountQuery, cursor: string | undefined): ItemQuery => ({
  ...query,
  limit: PAGE_SIZE,
  ...(cursor ? { cursor } : {}),
});
