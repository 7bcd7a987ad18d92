import type { Database } from '@closeloop/db';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import type { Caller } from '../common/auth/principal';
import { Roles } from '../common/auth/roles.decorator';
import { schemaRef } from '../common/openapi/response-schemas';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { type PlanCockpit, planCockpit } from './plan-cockpit';
import { isPlanVisible } from './plan-visibility';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('v1/plans')
export class PlanCockpitController {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  @ApiOperation({
    operationId: 'getPlanCockpit',
    summary: '领导驾驶舱: a plan at a glance, each number with the item list behind it',
    description:
      'The plan’s items in the caller’s scope (a leader: those of its units; the plan itself is a 404 when neither its owner unit nor any of its items is in scope): counts by status, light, overdue, escalation level and awaiting confirmation, each with the `GET /v1/items` query that lists exactly those items; the units of the plan in the latest monthly bulletin’s ranking; the trend of the last 12 ISO weeks (Asia/Shanghai).',
  })
  @Get(':id/cockpit')
  @Roles('leader', 'admin')
  @ApiOkResponse({ schema: schemaRef('PlanCockpit'), description: 'the plan’s counts, ranking and trend, as of now' })
  async cockpit(@Param('id') id: string, @CurrentCaller() { scope }: Caller): Promise<PlanCockpit> {
    const plan = await this.db.selectFrom('plans').select(['id', 'title', 'owner_unit_id']).where('id', '=', id).executeTakeFirst();
    if (!plan || !(await isPlanVisible(this.db, { id: plan.id, ownerUnitId: plan.owner_unit_id }, scope))) {
      throw ProblemException.of('not-found', `no plan ${id}`);
    }
    return planCockpit(this.db, plan, scope, new Date());
  }
}
