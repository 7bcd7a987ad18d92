import { SkipThrottle } from '@nestjs/throttler';
import type { Database } from '@closeloop/db';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import { type Kysely, sql } from 'kysely';
import { Public } from '../common/auth/public.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { DB, TEMPORAL_CLIENT } from '../common/tokens';
import { schemaRef } from '../common/openapi/response-schemas';

@ApiTags('health')
@Public()
// Probes and scrapes are never limited: an orchestrator must always see the truth.
@SkipThrottle()
@Controller()
export class HealthController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  @ApiOperation({ operationId: 'checkLiveness', summary: 'Liveness: the process answers' })
  @Get('healthz')
  @ApiOkResponse({ schema: schemaRef('Liveness'), description: 'the process answers' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready when PostgreSQL and Temporal both answer. */
  @ApiOperation({ operationId: 'checkReadiness', summary: 'Readiness: PostgreSQL and Temporal reachable' })
  @Get('readyz')
  @ApiOkResponse({ schema: schemaRef('Readiness'), description: 'PostgreSQL and Temporal both answer' })
  async ready(): Promise<{ status: 'ok'; postgres: 'ok'; temporal: 'ok' }> {
    const [postgres, temporal] = await Promise.allSettled([
      sql`select 1`.execute(this.db),
      this.temporal.workflowService.getSystemInfo({}),
    ]);
    const down = [postgres.status === 'rejected' && 'PostgreSQL', temporal.status === 'rejected' && 'Temporal'].filter(Boolean);
    if (down.length > 0) throw ProblemException.of('not-ready', `${down.join(' and ')} unreachable`);
    return { status: 'ok', postgres: 'ok', temporal: 'ok' };
  }
}
