import type { CommandMetadata } from '@closeloop/domain';
import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { ProblemException } from '../problem/problem.exception';
import { requestIdOf } from '../request-id/request-id.middleware';
import { type AuthenticatedRequest, callerOf } from './caller.decorator';
import type { Caller } from './principal';

const COMMAND_NAMESPACE = '0d4f3b52-8c1e-4a7e-b6d2-5f9a1c3e7b80';

/** A command's context: who acts in which scope, the metadata every command carries, and the version it expects. */
export interface CommandContext {
  caller: Caller;
  metadata: CommandMetadata;
  /** From `If-Match`, with `@Command({ ifMatch: true })`. */
  expectedVersion?: number;
}

/**
 * The command's id: derived from the caller's Idempotency-Key when there is one, so every retry of a request is the
 * same command (and the same Temporal Update: see ItemCommands), else random.
 */
function commandIdOf(principalId: string, request: Request): string {
  const key = request.header('idempotency-key');
  return key ? uuidv5(`${principalId}\u0000${key}`, COMMAND_NAMESPACE) : randomUUID();
}

/** `If-Match: "7"` (or 7, or W/"7") → 7; absent → undefined. */
export function expectedVersionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) {
    throw ProblemException.of('validation', 'If-Match must be an item version such as "7"', [
      { field: 'If-Match', message: 'must be an item version such as "7"' },
    ]);
  }
  return Number(match[1]);
}

export function commandContextOf(request: Request & AuthenticatedRequest, options: { ifMatch?: boolean } = {}): CommandContext {
  const caller = callerOf(request);
  const { principal, scope } = caller;
  const metadata: CommandMetadata = {
    commandId: commandIdOf(principal.id, request),
    actorId: principal.id,
    actorName: principal.name,
    role: principal.role,
    actorUnitIds: [...principal.unitIds],
    scope: scope === 'all' ? 'all' : [...scope],
    requestId: requestIdOf(request),
  };
  return { caller, metadata, ...(options.ifMatch ? { expectedVersion: expectedVersionOf(request.header('if-match')) } : {}) };
}

/** The command's context, built once from the request: `@Command() command: CommandContext`. */
export const Command = createParamDecorator((options: { ifMatch?: boolean } | undefined, context: ExecutionContext): CommandContext =>
  commandContextOf(context.switchToHttp().getRequest<Request & AuthenticatedRequest>(), options),
);

/** The metadata with the reason the caller gave, if any. */
export const withReason = (metadata: CommandMetadata, reason: string | undefined): CommandMetadata =>
  reason ? { ...metadata, reason } : metadata;
