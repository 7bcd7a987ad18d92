// @nestjs/swagger keeps @ApiOperation's options under this key (DECORATORS.API_OPERATION, not exported); should it
// change, every id falls back to the default and openapi.spec.ts fails.
const API_OPERATION = 'swagger/apiOperation';

/**
 * The operation id of a controller method: the one its `@ApiOperation({ operationId })` states (every route has
 * one, see openapi.spec.ts), else Swagger's default `Controller_method`.
 */
export function operationIdOf(type: abstract new (...args: never[]) => unknown, method: string): string {
  const handler = Object.getOwnPropertyDescriptor(type.prototype, method)?.value;
  const stated = handler ? (Reflect.getMetadata(API_OPERATION, handler) as { operationId?: string } | undefined) : undefined;
  return stated?.operationId ?? `${type.name}_${method}`;
}
