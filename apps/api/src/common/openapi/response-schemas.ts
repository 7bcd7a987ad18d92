import { escalationLevels, itemKinds, itemStatuses, trafficLights } from '@closeloop/domain';
import { ItemViewSchema } from '@closeloop/read-models';
import { PLAN_POLICY_SCHEMA } from '../../plans/plan-policy.schema';

type Json = Record<string, unknown>;

// Named response schemas the controllers refer to with `schemaRef(name)`. The item view is the read model's own
// schema (one definition for the projection, the API and the document); the others are stated here and held to
// the API's real answers by test/e2e/openapi-conformance.e2e.spec.ts.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Json) => ({ anyOf: [schema, { type: 'null' }] });
const count = { type: 'integer', minimum: 0 };
const counts = (keys: readonly string[]) => ({
  type: 'object',
  properties: Object.fromEntries(keys.map((k) => [k, count])),
  additionalProperties: false,
});
const object = (properties: Json, description?: string, required = Object.keys(properties)) => ({
  type: 'object',
  ...(description ? { description } : {}),
  required,
  properties,
  additionalProperties: false,
});
const page = (item: string, description: string) =>
  object(
    {
      items: { type: 'array', items: ref(item) },
      nextCursor: { ...nullable({ type: 'string' }), description: 'pass as `cursor` for the next page; null on the last' },
    },
    description,
  );
const instant = { type: 'string', format: 'date-time' };
const rate = { ...nullable({ type: 'number', minimum: 0, maximum: 1 }), description: 'null when nothing was due' };

const bulletinRow = {
  rank: { type: 'integer', minimum: 1 },
  unitId: { type: 'string' },
  name: { type: 'string' },
  items: count,
  dueByCutoff: count,
  closedOnTime: count,
  onTimeClosureRate: rate,
  reportsMade: count,
  reportsMissed: count,
  reportingTimeliness: rate,
  overdue: count,
  relapsed: count,
  escalations: object(Object.fromEntries(escalationLevels.map((level) => [level, count]))),
  bottom: { type: 'boolean', description: '排名靠后: named in the bulletin' },
};

/** A number of the cockpit and the `GET /v1/items` query that lists exactly the items behind it. */
const tally = (description: string, extra: Json = {}) =>
  object(
    {
      ...extra,
      count: count,
      query: {
        ...object(
          {
            plan: { type: 'string' },
            status: { type: 'string', enum: [...itemStatuses] },
            light: { type: 'string', enum: [...trafficLights] },
            overdue: { type: 'boolean' },
            escalation: { type: 'string', enum: [...escalationLevels] },
            escalationProposed: { type: 'boolean' },
            responsibleUnit: { type: 'string' },
          },
          undefined,
          ['plan'],
        ),
        description:
          'the query parameters of `GET /v1/items` (listItems) that list exactly these items for the same caller (add `limit` and `cursor` to page)',
      },
    },
    description,
  );

const dispatchCounts = ['items', 'open', 'dueThisWeek', 'overdue', 'reported', 'notReported', 'reportsMissed'] as const;
const reportPeriod = {
  period: { type: 'string' },
  from: instant,
  cutoff: instant,
  timezone: { type: 'string', const: 'Asia/Shanghai' },
  computedAt: instant,
};

export const responseSchemas: Record<string, Json> = {
  ItemView: JSON.parse(JSON.stringify(ItemViewSchema)) as Json,
  ItemPage: page('ItemView', 'A page of items in the order asked for'),
  UnitPage: page('UnitDto', 'A page of units ordered by id'),
  PlanView: object(
    {
      id: { type: 'string' },
      title: { type: 'string' },
      sourceInspection: { type: 'string' },
      ownerUnitId: { type: 'string' },
      policy: PLAN_POLICY_SCHEMA,
      issuedAt: instant,
      version: { type: 'integer', minimum: 1 },
      counts: object(
        { total: count, byStatus: counts(itemStatuses), byLight: counts(trafficLights), overdue: count, relapsed: count },
        'the items of the plan: by status, by traffic light, overdue, relapses',
      ),
    },
    'A plan (整改方案) with its resolved policy and its progress counts',
  ),
  PlanSummary: object(
    {
      id: { type: 'string' },
      title: { type: 'string' },
      sourceInspection: { type: 'string' },
      ownerUnitId: { type: 'string' },
      issuedAt: instant,
      itemCount: { ...count, description: 'the items filed under the plan' },
    },
    'A plan in the list of plans: what it is and how many items it holds',
  ),
  PlanPage: page('PlanSummary', 'A page of plans ordered by id'),
  DispatchReport: object(
    {
      kind: { type: 'string', const: 'dispatch' },
      ...reportPeriod,
      units: {
        type: 'array',
        items: object({ unitId: { type: 'string' }, name: { type: 'string' }, ...counts(dispatchCounts).properties }),
      },
      totals: object(counts(dispatchCounts).properties),
    },
    '周调度: one row per responsible unit, and the totals',
  ),
  BulletinReport: object(
    {
      kind: { type: 'string', const: 'bulletin' },
      ...reportPeriod,
      units: { type: 'array', items: object(bulletinRow) },
      bottom: { type: 'array', items: object({ unitId: { type: 'string' }, name: { type: 'string' } }) },
    },
    '月通报: units ranked by on-time closure and reporting timeliness',
  ),
  PlanCockpit: object(
    {
      planId: { type: 'string' },
      title: { type: 'string' },
      asOf: { ...instant, description: 'when the counts were taken' },
      total: tally('the plan’s items in the caller’s scope'),
      byStatus: { type: 'array', items: tally('items in a status', { status: { type: 'string', enum: [...itemStatuses] } }) },
      byLight: {
        type: 'array',
        items: tally('items of a traffic light (红黄绿灯)', { light: { type: 'string', enum: [...trafficLights] } }),
      },
      overdue: tally('overdue items (past their deadline, not closed)'),
      byEscalation: {
        type: 'array',
        description: 'the rungs of the ladder: 预警 → 通报 → 督办 → 约谈 → 问责',
        items: tally('items at the level', { level: { type: 'string', enum: [...escalationLevels] } }),
      },
      awaitingConfirmation: tally('items whose automatic escalation waits for a leader’s confirmation'),
      ranking: object(
        {
          period: { type: 'string', description: 'the month of the bulletin, e.g. 2026-11' },
          cutoff: instant,
          computedAt: instant,
          units: {
            type: 'array',
            items: object(
              {
                ...bulletinRow,
                planItems: tally('the unit’s items in this plan now (what the bulletin counts is as of its cut-off, over all plans)'),
              },
              'a unit responsible for items of this plan, with its row of the bulletin (rank in the whole bulletin)',
            ),
          },
        },
        '月通报: the latest monthly bulletin (the last month over; stored, or computed on first request), its ranking restricted to the units responsible for items of this plan in the caller’s scope, in rank order',
      ),
      trend: object(
        {
          timezone: { type: 'string', const: 'Asia/Shanghai' },
          weeks: {
            type: 'array',
            minItems: 12,
            maxItems: 12,
            items: object(
              {
                week: { type: 'string', description: 'ISO week, e.g. 2026-W49' },
                from: { ...instant, description: 'Monday 00:00 +08:00' },
                to: { ...instant, description: 'the next Monday 00:00 +08:00; now, for the current week' },
                closed: { ...count, description: 'closures (ItemClosed) from `from` to `to`' },
                open: { ...count, description: 'items filed and not closed (or reopened) at `to`' },
                overdue: { ...count, description: 'items overdue at `to`: past their deadline, not extended, closed or reopened since' },
                red: { ...count, description: 'items whose traffic light was red at `to`' },
              },
              'one ISO week (Asia/Shanghai)',
            ),
          },
        },
        'the last 12 ISO weeks, oldest first, the current one last (to now): from the event log, as each event changed what its item counted as, at the time it happened (business time); the items in the caller’s scope by their units now',
      ),
    },
    '领导驾驶舱: the plan’s items in the caller’s scope as of now, each count with the item list behind it',
  ),
  ImportResult: object(
    {
      imported: count,
      unchanged: count,
      items: { type: 'array', items: { type: 'string', format: 'uuid' }, description: 'the item ids in row order' },
    },
    'The rows filed (or found filed with the same content)',
  ),
  ImportCheck: object(
    {
      rows: count,
      valid: count,
      unchanged: count,
      errors: {
        type: 'array',
        items: object({ row: { type: 'integer', minimum: 1 }, field: { type: 'string' }, message: { type: 'string' } }),
      },
    },
    'A dry run: every row checked by the decider, nothing written',
  ),
  Ledger: object(
    {
      planId: { type: 'string' },
      columns: { type: 'array', items: { type: 'string' }, description: 'the Chinese headers of the CSV and XLSX forms' },
      items: {
        type: 'array',
        items: object({
          itemId: { type: 'string', format: 'uuid' },
          code: { type: 'string' },
          finding: { type: 'string' },
          target: { type: 'string' },
          responsibleUnitId: nullable({ type: 'string' }),
          responsibleUnit: nullable({ type: 'string' }),
          supervisingUnitId: nullable({ type: 'string' }),
          supervisingUnit: nullable({ type: 'string' }),
          kind: { type: 'string', enum: [...itemKinds] },
          deadline: nullable({ type: 'string', format: 'date' }),
          originalDeadline: nullable({ type: 'string', format: 'date' }),
          percent: { type: 'number', minimum: 0, maximum: 100 },
          status: { type: 'string', enum: [...itemStatuses] },
          light: { type: 'string', enum: [...trafficLights] },
          escalationLevel: nullable({ type: 'string', enum: [...escalationLevels] }),
          overdue: { type: 'boolean' },
        }),
      },
    },
    '台账: the items of the plan in the caller’s scope',
  ),
  Liveness: object({ status: { type: 'string', const: 'ok' } }),
  Readiness: object({
    status: { type: 'string', const: 'ok' },
    postgres: { type: 'string', const: 'ok' },
    temporal: { type: 'string', const: 'ok' },
  }),
};

/** `{ $ref }` to a named response schema, for `@ApiOkResponse({ schema: schemaRef('ItemView') })`. */
export const schemaRef = (name: keyof typeof responseSchemas & string) => ref(name);
