import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { operationIdOf } from './operation-id';

type Json = Record<string, any>;
type Class = abstract new (...args: never[]) => unknown;

const SCHEMA_EXTENSION = 'closeloop:openapi-schema-extension';

/**
 * Extra JSON Schema keywords merged into a request DTO's component schema, for rules class-validator metadata
 * cannot state (a `@Validate` constraint, a rule between fields).
 */
export const ApiSchemaExtension =
  (extension: Json): ClassDecorator =>
  (target) => {
    Reflect.defineMetadata(SCHEMA_EXTENSION, extension, target);
  };

/**
 * An http(s) URL as `isURL` takes it in the DTOs: what the server then refuses (not https, not public) depends on
 * the name's addresses and the allow-list, which no schema can state (400 at run time; docs/api-conventions.md).
 */
export const HTTP_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://';
/** A plain email address: narrower than `isEmail`, never wider. */
export const EMAIL_PATTERN =
  '^[A-Za-z0-9_+-]{1,30}(\\.[A-Za-z0-9_+-]{1,30})?@[A-Za-z0-9]([A-Za-z0-9-]{0,30}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,30}[A-Za-z0-9])?){0,3}\\.[A-Za-z]{2,10}$';

/** Every class with class-validator rules, by name (Swagger's component schema names are class names). */
function validatedClasses(): Map<string, Class> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Class, ValidationMetadata[]> | ValidationMetadata[] };
  const targets = new Set<Class>();
  const all = storage.validationMetadatas;
  if (all instanceof Map) for (const key of all.keys()) targets.add(key);
  else for (const m of all) targets.add(m.target as Class);
  const byName = new Map<string, Class>();
  for (const target of targets) if (typeof target === 'function' && target.name) byName.set(target.name, target);
  return byName;
}

function propertyRules(target: Class): Map<string, ValidationMetadata[]> {
  const metas = getMetadataStorage().getTargetValidationMetadatas(target as unknown as new () => object, '', true, false);
  const rules = new Map<string, ValidationMetadata[]>();
  for (const m of metas) rules.set(m.propertyName, [...(rules.get(m.propertyName) ?? []), m]);
  return rules;
}

/** JS regex source → an ECMA-262 pattern without the `\d` Python and Hypothesis read as any Unicode digit. */
function patternOf(regex: unknown): string | undefined {
  const source = regex instanceof RegExp ? regex.source : typeof regex === 'string' ? regex : undefined;
  return source?.replace(/\\d/g, '[0-9]');
}

/** Applies one property's rules to its schema (items for `each` rules); returns whether it is required. */
function constrain(schema: Json, rules: ValidationMetadata[], allowNull = false): boolean {
  let required = false;
  let nullable = false;
  // A @ValidateIf: the rules hold only under a condition metadata cannot state; the DTO's @ApiSchemaExtension says when it is required.
  const conditional = rules.some((rule) => rule.type === 'conditionalValidation' && rule.name !== 'isOptional');
  for (const rule of rules) {
    if (rule.type === 'isDefined') {
      required = !conditional;
      continue;
    }
    if (rule.type === 'conditionalValidation' && rule.name === 'isOptional' && allowNull) {
      // @IsOptional skips every rule for null as for undefined: the pipe lets null through.
      nullable = true;
      continue;
    }
    if (rule.type !== 'customValidation' || !rule.name) continue;
    const target: Json | undefined = rule.each ? schema.items : schema;
    if (!target || target.$ref || target.allOf) continue;
    const [first, second] = rule.constraints ?? [];
    switch (rule.name) {
      case 'isNotEmpty':
        if (target.type === 'string' || (Array.isArray(target.type) && target.type.includes('string')))
          target.minLength = Math.max(target.minLength ?? 0, 1);
        break;
      case 'minLength':
        target.minLength = Math.max(target.minLength ?? 0, first);
        break;
      case 'maxLength':
        target.maxLength = Math.min(target.maxLength ?? Infinity, first);
        break;
      case 'length':
        target.minLength = first;
        if (typeof second === 'number') target.maxLength = second;
        break;
      case 'matches':
        target.pattern = patternOf(first);
        break;
      case 'isIn':
        target.enum = [...(first as unknown[])];
        break;
      case 'min':
        target.minimum = first;
        break;
      case 'max':
        target.maximum = first;
        break;
      case 'isInt':
        target.type = Array.isArray(target.type) ? target.type.map((t: string) => (t === 'number' ? 'integer' : t)) : 'integer';
        break;
      case 'isUrl':
        target.pattern = HTTP_URL_PATTERN;
        target.format = 'uri';
        break;
      case 'isEmail':
        target.pattern = EMAIL_PATTERN;
        break;
      case 'arrayMinSize':
        schema.minItems = first;
        break;
      case 'arrayMaxSize':
        schema.maxItems = first;
        break;
      case 'arrayUnique':
        if (typeof first !== 'function') schema.uniqueItems = true;
        break;
    }
  }
  if (nullable) makeNullable(schema);
  return required;
}

function makeNullable(schema: Json): void {
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  else if (Array.isArray(schema.type)) schema.type = [...new Set([...schema.type, 'null'])];
  else if (schema.$ref || schema.allOf) {
    const { description, ...rest } = schema;
    for (const key of Object.keys(schema)) delete schema[key];
    Object.assign(schema, { ...(description ? { description } : {}), anyOf: [rest, { type: 'null' }] });
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
}

function mergeRequired(schema: Json, names: string[]): void {
  const required = new Set<string>([...(schema.required ?? []), ...names]);
  if (required.size) schema.required = [...required];
}

/** `Controller_method` → the classes of its `@Query()` and `@Param()` arguments, by parameter location. */
export function queryClassesByOperation(controllers: Class[]): Map<string, Array<{ in: 'query' | 'path'; type: Class }>> {
  const byOperation = new Map<string, Array<{ in: 'query' | 'path'; type: Class }>>();
  const locations: Record<string, 'query' | 'path'> = { [String(RouteParamtypes.QUERY)]: 'query', [String(RouteParamtypes.PARAM)]: 'path' };
  for (const type of controllers) {
    for (const name of Object.getOwnPropertyNames(type.prototype)) {
      if (name === 'constructor') continue;
      const args: Record<string, { index: number; data?: unknown }> | undefined = Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name);
      const paramTypes: unknown[] = Reflect.getMetadata('design:paramtypes', type.prototype, name) ?? [];
      for (const [key, arg] of Object.entries(args ?? {})) {
        const location = locations[key.split(':')[0]];
        if (!location || arg.data !== undefined) continue;
        const argType = paramTypes[arg.index];
        if (typeof argType !== 'function' || argType === Object) continue;
        const id = operationIdOf(type, name);
        byOperation.set(id, [...(byOperation.get(id) ?? []), { in: location, type: argType as Class }]);
      }
    }
  }
  return byOperation;
}

/**
 * States in the document what the ValidationPipe enforces: each request DTO's class-validator rules become
 * JSON Schema keywords (`required`, `pattern`, lengths, bounds, `enum`, array sizes) and, as the pipe rejects
 * unknown fields, `additionalProperties: false`; a `@Query()` DTO's rules go onto its query parameters.
 */
export function applyValidationRules(doc: Json, queryClasses: Map<string, Array<{ in: 'query' | 'path'; type: Class }>>): void {
  const classes = validatedClasses();
  // Every JSON request body is a DTO the pipe whitelists, rules or none (an empty body class too).
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const operation of Object.values<Json>(item)) {
      const ref: unknown = operation?.requestBody?.content?.['application/json']?.schema?.$ref;
      const schema = typeof ref === 'string' ? doc.components?.schemas?.[ref.replace('#/components/schemas/', '')] : undefined;
      if (schema?.type === 'object') schema.additionalProperties = false;
    }
  }
  for (const [name, schema] of Object.entries<Json>(doc.components?.schemas ?? {})) {
    const target = classes.get(name);
    if (!target || schema.type !== 'object') continue;
    const required: string[] = [];
    for (const [property, rules] of propertyRules(target)) {
      const propertySchema = schema.properties?.[property];
      if (!propertySchema) continue;
      if (constrain(propertySchema, rules, true)) required.push(property);
    }
    mergeRequired(schema, required);
    schema.additionalProperties = false;
    const extension = Reflect.getMetadata(SCHEMA_EXTENSION, target) as Json | undefined;
    if (extension) Object.assign(schema, structuredClone(extension));
  }
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const operation of Object.values<Json>(item)) {
      const targets = operation?.operationId ? queryClasses.get(operation.operationId) : undefined;
      for (const target of targets ?? []) {
        const rules = propertyRules(target.type);
        for (const parameter of operation.parameters ?? []) {
          if (parameter.in !== target.in || !rules.has(parameter.name)) continue;
          parameter.schema ??= {};
          if (constrain(parameter.schema, rules.get(parameter.name)!)) parameter.required = true;
        }
      }
    }
  }
}
