import { ApiExtension } from '@nestjs/swagger';

type Json = Record<string, any>;

const REQUEST_CONTENT = 'x-closeloop-request-content';

/**
 * The request body's schema per media type, for an operation that takes several (Swagger's @ApiBody gives every
 * media type the same schema: a multipart form and a raw CSV body are not the same shape).
 */
export const ApiRequestContent = (content: Record<string, { schema: Json }>): MethodDecorator => ApiExtension(REQUEST_CONTENT, content);

/** Moves an operation's per-media-type schemas into its request body. */
export function applyRequestContent(operation: Json): void {
  const content = operation[REQUEST_CONTENT];
  if (!content) return;
  delete operation[REQUEST_CONTENT];
  operation.requestBody = { required: true, ...operation.requestBody, content: structuredClone(content) };
}
