import type { Database } from '@closeloop/db';
import type { Role } from '@closeloop/domain';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Kysely } from 'kysely';
import { ProblemException } from '../problem/problem.exception';
import { DB } from '../tokens';
import type { AuthenticatedRequest } from './caller.decorator';
import { findCallerByKey } from './principals.repository';
import { IS_PUBLIC } from './public.decorator';
import { ROLES } from './roles.decorator';

/**
 * Every route needs `Authorization: Bearer <key>` unless marked @Public(); @Roles() narrows who may call. The caller
 * (principal and scope) is resolved here, once per request, and read by `@Caller()` and `@Command()`.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(DB) private readonly db: Kysely<Database>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const key = /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    if (!key) throw ProblemException.of('unauthorized', 'send Authorization: Bearer <api key>');
    const caller = await findCallerByKey(this.db, key);
    if (!caller) throw ProblemException.of('unauthorized', 'the API key is unknown or revoked');
    request.caller = caller;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(caller.principal.role)) {
      throw ProblemException.of('forbidden', `a ${caller.principal.role} may not do this`);
    }
    return true;
  }
}
