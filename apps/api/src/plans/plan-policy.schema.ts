import { escalationLevels, itemKinds } from '@closeloop/domain';
import { type JsonSchema, type SchemaMessages, schemaCheck } from '../common/validation/schema-check';

// Up to three digits a part: even all parts at their largest keep a deadline moved by it within years 0001–9999.
const n = '[0-9]{1,3}';
const datePart = `(${n}Y(${n}M)?(${n}W)?(${n}D)?|${n}M(${n}W)?(${n}D)?|${n}W(${n}D)?|${n}D)`;
const timePart = `T(${n}H(${n}M)?(${n}S)?|${n}M(${n}S)?|${n}S)`;
/** ISO 8601 durations with whole numbers of up to three digits per part, at least one part: `P7D`, `P3M`, `PT30S`, `P1DT12H`. */
export const DURATION_PATTERN = `^P(${datePart}(${timePart})?|${timePart})$`;
/** A report cadence: a positive whole number of one unit (`P7D`, `P1M`, `PT15S`); a zero cadence would never end a period. */
export const CADENCE_PATTERN = '^(P[1-9][0-9]{0,2}[YMWD]|PT[1-9][0-9]{0,2}[HMS])$';
const EVIDENCE_KIND_PATTERN = '^[a-z][a-z0-9_-]{0,31}$';

const duration = (description: string, example: string): JsonSchema => ({
  type: 'string',
  pattern: DURATION_PATTERN,
  description,
  examples: [example],
});

const escalationRule: JsonSchema = {
  type: 'object',
  description: 'the level is reached when any of its conditions holds; at least one condition',
  required: ['level'],
  additionalProperties: false,
  properties: {
    level: { type: 'string', enum: escalationLevels },
    overdueWorkingDays: { type: 'integer', minimum: 0, maximum: 3660, description: 'working days past the deadline' },
    missedReports: { type: 'integer', minimum: 0, maximum: 1000, description: 'reports missed in a row' },
    onRelapse: { type: 'boolean', description: 'a revisit found a relapse and the item is not closed again' },
  },
  anyOf: [
    { required: ['overdueWorkingDays'] },
    { required: ['missedReports'] },
    { required: ['onRelapse'], properties: { onRelapse: { enum: [true] } } },
  ],
};

const settings: Record<string, JsonSchema> = {
  dueSoonBefore: duration('before the deadline: due soon (预警 window); default P7D', 'P7D'),
  publicNoticePeriod: duration('after a closure request: public notice (公示) for objections; absent: no notice', 'P5D'),
  revisitAfter: {
    type: 'array',
    maxItems: 12,
    items: duration('after closure', 'P3M'),
    description: 'when each revisit (回头看) falls due after closure; default [P3M, P6M]',
  },
  requiredEvidenceKinds: {
    type: 'array',
    maxItems: 20,
    items: { type: 'string', pattern: EVIDENCE_KIND_PATTERN },
    description: 'evidence kinds a closure request must include (photo, document, monitoring, …)',
  },
  dayCount: {
    type: 'string',
    enum: ['natural', 'working'],
    description: 'whether day durations count natural days (default) or working days',
  },
  reportEvery: {
    type: 'string',
    pattern: CADENCE_PATTERN,
    description: 'how often the responsible unit reports (周调度 P7D, monthly P1M): one positive unit; absent: no cadence',
    examples: ['P7D'],
  },
  remindBefore: duration('how long before a report, a milestone or the deadline the unit is reminded', 'P2D'),
  remindBeforeDeadline: duration('overrides remindBefore for milestones and the deadline', 'P7D'),
  escalation: {
    type: 'array',
    maxItems: 10,
    items: escalationRule,
    description: 'the escalation ladder (预警 → 通报 → 督办 → 约谈 → 问责)',
  },
  confirmFrom: { type: 'string', enum: escalationLevels, description: 'from this level up, an automatic escalation waits for a leader' },
};

const override: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: settings,
  description: 'settings that replace the plan’s for items of this kind',
};

/** A plan's policy as `POST /v1/plans` takes it; omitted settings take the defaults. */
export const PLAN_POLICY_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...settings,
    byKind: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(itemKinds.map((kind) => [kind, override])),
      description: 'overrides per item kind (immediate, time_bound, long_term)',
    },
  },
};

export const PLAN_POLICY_MESSAGES: SchemaMessages = {
  unknownProperty: 'is not a policy setting',
  pattern: {
    [DURATION_PATTERN]: 'must be an ISO 8601 duration such as P7D',
    [CADENCE_PATTERN]: 'must be a positive duration of one unit, such as P7D, P1M or PT30S',
    [EVIDENCE_KIND_PATTERN]: 'must be a short lowercase word',
  },
  anyOf: 'needs a condition: overdueWorkingDays, missedReports or onRelapse',
};

/** Every way a policy breaks the schema, as `policy.…` field errors. */
export const planPolicyErrors = schemaCheck(PLAN_POLICY_SCHEMA, 'policy', PLAN_POLICY_MESSAGES);
