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
  ItemPage: page('ItemView', 'A page of items in filing order'),
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
      units: {
        type: 'array',
        items: object({
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
        }),
      },
      bottom: { type: 'array', items: object({ unitId: { type: 'string' }, name: { type: 'string' } }) },
    },
    '月通报: units ranked by on-time closure and reporting timeliness',
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
