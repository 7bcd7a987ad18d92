import type { Database } from '@closeloop/db';
import type { CommandMetadata } from '@closeloop/domain';
import type { Request } from 'express';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { requestIdOf } from '../request-id/request-id.middleware';
import type { Principal } from './principal';
import { unitsInScope } from './scope';

const COMMAND_NAMESPACE = '0d4f3b52-8c1e-4a7e-b6d2-5f9a1c3e7b80';

/**
 * The command's id: derived from the caller's Idempotency-Key when there is one, so every retry of a request is the
 * same command (and the same Temporal Update: see ItemCommands), else random.
 */
function commandIdOf(principal: Principal, request: Request): string {
  const key = request.header('idempotency-key');
  return key ? uuidv5(`${principal.id}\u0000${key}`, COMMAND_NAMESPACE) : randomUUID();
}

/** Who is acting, in which scope, for which request: what every command carries to the decider. */
export async function commandMetadata(
  db: Kysely<Database>,
  principal: Principal,
  request: Request,
  reason?: string,
): Promise<CommandMetadata> {
  const scope = await unitsInScope(db, principal);
  return {
    commandId: commandIdOf(principal, request),
    actorId: principal.id,
    role: principal.role,
    scope: scope === 'all' ? 'all' : [...scope],
    requestId: requestIdOf(request),
    ...(reason ? { reason } : {}),
  };
}
