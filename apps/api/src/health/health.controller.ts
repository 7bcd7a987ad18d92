import type { Database } from '@closeloop/db';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import { type Kysely, sql } from 'kysely';
import { Public } from '../auth/public.decorator';
import { ProblemException } from '../problem/problem.exception';
import { DB, TEMPORAL_CLIENT } from '../tokens';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  @Get('healthz')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready when PostgreSQL and Temporal both answer. */
  @Get('readyz')
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
