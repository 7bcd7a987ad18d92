import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a caller's sane X-Request-Id or mints one; every response carries it and every event records it. */
export function requestId(request: Request, response: Response, next: NextFunction): void {
  const incoming = request.header('x-request-id');
  const id = incoming && acceptable.test(incoming) ? incoming : randomUUID();
  (request as Request & { id: string }).id = id;
  response.setHeader('X-Request-Id', id);
  next();
}

export const requestIdOf = (request: Request): string => (request as Request & { id?: string }).id ?? randomUUID();
