import Ajv, { type ErrorObject } from 'ajv';
import type { FieldError } from '../problem/problem';

/**
 * The JSON Schema keywords a hand-written request schema in this API uses. Checking a value against the very
 * schema the OpenAPI document shows (with Ajv) keeps the two from drifting apart.
 */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  description?: string;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: false;
  items?: JsonSchema;
  maxItems?: number;
  pattern?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
}

/** Messages for the failures a caller should read in the API's words rather than the schema's. */
export interface SchemaMessages {
  unknownProperty?: string;
  /** By pattern source. */
  pattern?: Record<string, string>;
  anyOf?: string;
}

const ajv = new Ajv({ allErrors: true, strictTypes: false });

/**
 * A check of values against `schema`: every way a value breaks it, as `field: message` pairs (empty when it
 * conforms), `field` being the value's name in the request (`policy.escalation[0].level`). One error a value:
 * a wrong type hides the value's other errors, and `anyOf` is reported only when nothing inside it failed.
 */
export function schemaCheck(schema: JsonSchema, field: string, messages: SchemaMessages = {}): (value: unknown) => FieldError[] {
  const validate = ajv.compile(schema);
  return (value) => {
    if (validate(value)) return [];
    const errors = (validate.errors ?? []).filter((e) => !e.schemaPath.includes('/anyOf/'));
    const typeAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    return errors
      .filter((e) => e.keyword === 'type' || !typeAt.has(e.instancePath))
      .filter((e) => e.keyword !== 'anyOf' || !errors.some((other) => other !== e && other.instancePath.startsWith(e.instancePath)))
      .map((e) => fieldError(e, value, field, messages));
  };
}

function fieldError(error: ErrorObject, value: unknown, field: string, messages: SchemaMessages): FieldError {
  const at = fieldName(field, value, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return { field: at, message: `must be ${article(String(params.type))}` };
    case 'required':
      return { field: `${at}.${String(params.missingProperty)}`, message: 'is required' };
    case 'additionalProperties':
      return { field: `${at}.${String(params.additionalProperty)}`, message: messages.unknownProperty ?? 'is not a known field' };
    case 'enum':
      return { field: at, message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'pattern':
      return { field: at, message: messages.pattern?.[String(params.pattern)] ?? `must match ${String(params.pattern)}` };
    case 'minimum':
      return { field: at, message: `must be at least ${String(params.limit)}` };
    case 'maximum':
      return { field: at, message: `must be at most ${String(params.limit)}` };
    case 'maxItems':
      return { field: at, message: `must have at most ${String(params.limit)} entries` };
    case 'anyOf':
      return { field: at, message: messages.anyOf ?? 'matches none of the allowed forms' };
    default:
      return { field: at, message: error.message ?? 'is invalid' };
  }
}

/** `/escalation/0/level` in `value` → `policy.escalation[0].level` (an index only where the value is an array). */
function fieldName(field: string, value: unknown, pointer: string): string {
  let name = field;
  let node = value;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    name += Array.isArray(node) ? `[${segment}]` : `.${segment}`;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return name;
}

const article = (type: string) => (type === 'object' || type === 'array' || type === 'integer' ? `an ${type}` : `a ${type}`);
