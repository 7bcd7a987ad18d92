import type { Role } from '@closeloop/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ProblemException } from '../problem/problem.exception';
import type { AuthenticatedRequest } from './caller.decorator';
import { CredentialsResolver } from './credentials';
import { csrfAccepted } from './csrf';
import { IS_PUBLIC } from './public.decorator';
import { ROLES } from './roles.decorator';

/**
 * One authorization path for keys and people: every route needs `Authorization: Bearer <key>` or a signed-in
 * person's session cookie unless marked @Public(); both resolve to the same caller (principal and scope), read by
 * `@CurrentCaller()` and `@Command()`, and @Roles() narrows who may call. A cookie request that may change something
 * must also carry the session's `X-CSRF-Token`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: CredentialsResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const credentials = await this.credentials.resolve(request);
    if (credentials.via === 'none') throw ProblemException.of('unauthorized', 'send Authorization: Bearer <api key>, or sign in');
    if (!credentials.caller) {
      throw ProblemException.of(
        'unauthorized',
        credentials.via === 'key' ? 'the API key is unknown or revoked' : 'the session has ended: sign in again',
      );
    }
    if (credentials.via === 'session') {
      if (!csrfAccepted(request, credentials.session!.csrfToken)) {
        throw ProblemException.of('csrf-refused', 'a request made with the session cookie needs its X-CSRF-Token');
      }
      request.session = credentials.session;
    }
    request.caller = credentials.caller;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(credentials.caller.principal.role)) {
      throw ProblemException.of('forbidden', `a ${credentials.caller.principal.role} may not do this`);
    }
    return true;
  }
}
