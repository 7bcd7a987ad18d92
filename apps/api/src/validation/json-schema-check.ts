import type { FieldError } from '../problem/problem';

/**
 * The JSON Schema keywords a hand-written request schema in this API may use. Checking a value against the
 * very schema the OpenAPI document shows keeps the two from drifting apart.
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

/** Every way `value` breaks `schema`, as `field: message` pairs (empty when it conforms). */
export function schemaErrors(value: unknown, schema: JsonSchema, field: string, messages: SchemaMessages = {}): FieldError[] {
  const typeError = schema.type && !hasType(value, schema.type) ? `must be ${article(schema.type)}` : undefined;
  if (typeError) return [{ field, message: typeError }];
  const errors: FieldError[] = [];
  if (schema.enum && !schema.enum.includes(value)) errors.push({ field, message: `must be one of ${schema.enum.join(', ')}` });
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
    errors.push({ field, message: messages.pattern?.[schema.pattern] ?? `must match ${schema.pattern}` });
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push({ field, message: `must be at least ${schema.minimum}` });
    if (schema.maximum !== undefined && value > schema.maximum) errors.push({ field, message: `must be at most ${schema.maximum}` });
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push({ field, message: `must have at most ${schema.maxItems} entries` });
    if (schema.items) value.forEach((entry, i) => errors.push(...schemaErrors(entry, schema.items!, `${field}[${i}]`, messages)));
  }
  if (isObject(value)) errors.push(...objectErrors(value, schema, field, messages));
  if (schema.anyOf && errors.length === 0 && !schema.anyOf.some((option) => schemaErrors(value, option, field).length === 0)) {
    errors.push({ field, message: messages.anyOf ?? 'matches none of the allowed forms' });
  }
  return errors;
}

function objectErrors(value: Record<string, unknown>, schema: JsonSchema, field: string, messages: SchemaMessages): FieldError[] {
  const errors: FieldError[] = [];
  for (const name of schema.required ?? []) {
    if (!(name in value)) errors.push({ field: `${field}.${name}`, message: 'is required' });
  }
  for (const [name, entry] of Object.entries(value)) {
    const property = schema.properties && Object.hasOwn(schema.properties, name) ? schema.properties[name] : undefined;
    if (property) errors.push(...schemaErrors(entry, property, `${field}.${name}`, messages));
    else if (schema.additionalProperties === false) errors.push({ field: `${field}.${name}`, message: messages.unknownProperty ?? 'is not a known field' });
  }
  return errors;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

const article = (type: string) => (type === 'object' || type === 'array' || type === 'integer' ? `an ${type}` : `a ${type}`);
