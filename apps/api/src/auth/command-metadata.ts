import type { Database } from '@closeloop/db';
import type { CommandMetadata } from '@closeloop/domain';
import type { Request } from 'express';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { requestIdOf } from '../request-id/request-id.middleware';
import type { Principal } from './principal';
import { unitsInScope } from './scope';

/** Who is acting, in which scope, for which request: what every command carries to the decider. */
export async function commandMetadata(
  db: Kysely<Database>,
  principal: Principal,
  request: Request,
  reason?: string,
): Promise<CommandMetadata> {
  const scope = await unitsInScope(db, principal);
  return {
    commandId: randomUUID(),
    actorId: principal.id,
    role: principal.role,
    scope: scope === 'all' ? 'all' : [...scope],
    requestId: requestIdOf(request),
    ...(reason ? { reason } : {}),
  };
}
