import { awaitingKinds, escalationLevels, itemKinds, itemStatuses, revisitStatuses, trafficLights } from '@closeloop/domain';
import { type Static, type TSchema, Type } from '@sinclair/typebox';

// The item view's one definition: the JSON Schema the OpenAPI document publishes (components.schemas.ItemView) and,
// through `Static`, the TypeScript type the projection builds and every read returns.

/** A string from a fixed list: an `enum` in the document, a union of literals in TypeScript. */
const oneOf = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
const orNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const date = (description = 'YYYY-MM-DD, a day in Asia/Shanghai') => Type.String({ format: 'date', description });
const instant = (description?: string) => Type.String({ format: 'date-time', ...(description ? { description } : {}) });

const Indicator = Type.Object(
  {
    name: Type.String(),
    unit: Type.String(),
    target: Type.Number(),
    direction: oneOf(['at_least', 'at_most'] as const, 'whether the value must reach at least, or stay at most, the target'),
  },
  { additionalProperties: false },
);

const Milestone = Type.Object(
  { id: Type.String(), title: Type.String(), due: date(), reached: Type.Boolean(), missed: Type.Boolean() },
  { additionalProperties: false, description: '阶段性目标: a stage with its own date' },
);

const Evidence = Type.Object(
  { kind: Type.String({ description: 'photo, document, monitoring, …' }), ref: Type.String(), name: Type.Optional(Type.String()) },
  { additionalProperties: false },
);

const PendingExtension = Type.Object(
  { requestId: Type.String({ format: 'uuid' }), proposedDeadline: date(), reason: Type.String(), requestedAt: instant() },
  { additionalProperties: false, description: '延期申请 waiting for the supervising unit' },
);

const ClosureRequest = Type.Object(
  {
    evidence: Type.Array(Evidence),
    note: Type.Optional(Type.String()),
    requestedAt: instant(),
    noticeEndsAt: Type.Optional(instant('when the public notice (公示) ends')),
  },
  { additionalProperties: false, description: '销号申请 with its evidence' },
);

const Revisit = Type.Object(
  { revisitId: Type.String(), dueAt: instant(), status: oneOf(revisitStatuses) },
  { additionalProperties: false, description: '回头看' },
);

const Awaiting = Type.Object(
  {
    kind: oneOf(awaitingKinds, 'an extension request (延期申请), a closure request (销号申请), a revisit that fell due (回头看)'),
    since: instant(
      'when it began to wait for the supervising unit: the request; for a closure with a public notice, the end of the notice; for a revisit, its due time',
    ),
  },
  {
    additionalProperties: false,
    description: '待审核: what waits for the supervising unit to decide, and since when (the order of `sort=waiting`)',
  },
);

const Escalation = Type.Object(
  {
    level: orNull(oneOf(escalationLevels, '预警 → 通报 → 督办 → 约谈 → 问责')),
    proposed: orNull(oneOf(escalationLevels, 'a level the policy proposes, waiting for a leader to confirm')),
    documentNumbers: Type.Array(Type.String(), { description: 'e.g. 约谈〔2026〕1号' }),
  },
  { additionalProperties: false },
);

const count = () => Type.Integer({ minimum: 0 });

export const ItemViewSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    planCode: Type.String(),
    code: Type.String(),
    title: Type.String(),
    finding: Type.String(),
    target: Type.String(),
    measures: Type.Array(Type.String()),
    kind: oneOf(itemKinds, '立行立改, 限时整改, 长期坚持'),
    indicator: orNull(Indicator),
    indicatorValue: orNull(Type.Number()),
    status: oneOf(itemStatuses),
    light: oneOf(trafficLights, '红黄绿灯'),
    deadline: orNull(date('YYYY-MM-DD in Asia/Shanghai; null for a long-term item')),
    originalDeadline: orNull(date('the deadline before any approved extension')),
    overdue: Type.Boolean(),
    percent: Type.Number({ minimum: 0, maximum: 100 }),
    milestones: Type.Array(Milestone),
    responsibleUnitId: orNull(Type.String()),
    cooperatingUnitIds: Type.Array(Type.String()),
    responsiblePerson: orNull(Type.String()),
    supervisingUnitId: orNull(Type.String()),
    leaderInCharge: orNull(Type.String()),
    pendingExtension: orNull(PendingExtension),
    closureRequest: orNull(ClosureRequest),
    revisits: Type.Array(Revisit),
    awaiting: orNull(Awaiting),
    relapseCount: count(),
    escalation: Escalation,
    missedReportsInARow: count(),
    rejectionCount: count(),
    reportCount: count(),
    lastReportAt: orNull(instant()),
    nextReportDue: orNull(
      instant(
        'when the next progress report is due (周调度): the end of the report period after the last one reported or recorded as missed, the instant the item records the report as missed unless one comes first; null without a report cadence, before the acknowledgement, and while the item is not in progress',
      ),
    ),
    closedAt: orNull(instant()),
    nextWakeUp: orNull(instant("when the item's workflow next wakes up to record time-driven facts")),
    filedAt: instant(),
    updatedAt: instant(),
    version: Type.Integer({ minimum: 1, description: 'the stream version: pass it as If-Match for optimistic concurrency' }),
  },
  { additionalProperties: false, description: 'An item as every read returns it: stored once per change by the item projection' },
);

/** The item as the API shows it: what the item projection stores with each row (items.view) and every read returns. */
export type ItemView = Static<typeof ItemViewSchema>;
