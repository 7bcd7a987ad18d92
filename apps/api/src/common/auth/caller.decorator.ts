import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { ProblemException } from '../problem/problem.exception';
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

/** The session of a request made with the session cookie; 401 for one made with an API key (a key has no session). */
export const CurrentSession = createParamDecorator((_: unknown, context: ExecutionContext): RequestSession => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.session) throw ProblemException.of('unauthorized', 'no session: sign in (an API key has none)');
  return request.session;
});
