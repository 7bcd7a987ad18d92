import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Caller } from './principal';

/** What the guard leaves on the request. */
export type AuthenticatedRequest = { caller?: Caller };

export function callerOf(request: AuthenticatedRequest): Caller {
  if (!request.caller) throw new Error('no caller on a public route');
  return request.caller;
}

/** The caller (principal and scope) the guard resolved for this request. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller =>
  callerOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
