import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Caller } from './principal';
import type { RequestSession } from './sessions.repository';

/** What the guard leaves on the request: the caller, and the session when it came with the session cookie. */
export type AuthenticatedRequest = { caller?: Caller; session?: RequestSession };

export function callerOf(request: AuthenticatedRequest): Caller {
  if (!request.caller) throw new Error('no caller on a public route');
  return request.caller;
}

/** The caller (principal and scope) the guard resolved for this request. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller =>
  callerOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
