import type { Database } from '@closeloop/db';
import { type IssuePlan, planDecider } from '@closeloop/domain';
import { type EventStore, StreamVersionConflict } from '@closeloop/event-store';
import { planStreamId } from '@closeloop/contracts';
import { type PlanView, findPlan } from '@closeloop/read-models';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import { Command, type CommandContext } from '../common/auth/command.decorator';
import type { Caller } from '../common/auth/principal';
import { Roles } from '../common/auth/roles.decorator';
import { inScope } from '../common/auth/scope';
import { type RefusalProblems, handleStreamCommand } from '../common/commands/stream-commands';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { DB, EVENT_STORE } from '../common/tokens';
import { decodeTextCursor, encodeTextCursor } from '../common/validation/keyset-cursors';
import { type Page, TextKeyPageQuery } from '../common/validation/pagination';
import { existingUnitIds } from '../units/units.repository';
import { planPolicyErrors } from './plan-policy.schema';
import { type PlanSummary, listPlans } from './plan-list';
import { CreatePlanDto } from './plan.dto';
import { schemaRef } from '../common/openapi/response-schemas';

/** The plan decider's refusals as the API has always answered them. */
const planProblems: RefusalProblems = { 'invalid-policy': 'validation', 'unknown-unit': 'unknown-unit', 'plan-exists': 'plan-exists' };

@ApiTags('plans')
@ApiBearerAuth()
@Controller('v1/plans')
export class PlansController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @ApiOperation({ operationId: 'issuePlan', summary: 'Issue a rectification plan (整改方案)' })
  @Post()
  @HttpCode(201)
  @Roles('admin')
  @Idempotent()
  @ApiCreatedResponse({ schema: schemaRef('PlanView'), description: 'the issued plan with its (resolved) policy' })
  async create(@Body() body: CreatePlanDto, @Command() { metadata }: CommandContext): Promise<PlanView> {
    // The policy's shape (which settings, which formats) is the request's; what a policy may say is the decider's.
    const errors = planPolicyErrors(body.policy ?? {});
    if (errors.length > 0) throw ProblemException.of('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    const command: IssuePlan = {
      type: 'IssuePlan',
      data: {
        planId: body.id,
        title: body.title,
        sourceInspection: body.sourceInspection,
        ownerUnitId: body.ownerUnitId,
        policy: body.policy,
        ownerUnitExists: (await existingUnitIds(this.db, [body.ownerUnitId])).has(body.ownerUnitId),
      },
      metadata,
    };
    try {
      await handleStreamCommand(this.eventStore, planStreamId(body.id), planDecider, command, planProblems);
    } catch (error) {
      // Two first issues at once: the loser, deciding again, refuses; only a store that keeps moving ends here.
      if (error instanceof StreamVersionConflict) throw ProblemException.of('plan-exists', `plan ${body.id} already exists`);
      throw error;
    }
    return (await findPlan(this.db, body.id))!;
  }

  @ApiOperation({ operationId: 'listPlans', summary: 'List the plans (整改方案) the caller may open' })
  @Get()
  @Roles('admin', 'leader')
  @ApiOkResponse({
    schema: schemaRef('PlanPage'),
    description: "a page of plans ordered by id: an admin's all, a leader's those its units own (as GET /v1/plans/{id})",
  })
  async list(@Query() query: TextKeyPageQuery, @CurrentCaller() { scope }: Caller): Promise<Page<PlanSummary>> {
    const limit = query.limit ?? 100;
    const items = await listPlans(this.db, scope, decodeTextCursor(query.cursor), limit);
    return { items, nextCursor: items.length === limit ? encodeTextCursor(items[items.length - 1].id) : null };
  }

  @ApiOperation({ operationId: 'getPlan', summary: 'Get a plan with its progress counts' })
  @Get(':id')
  @Roles('admin', 'leader')
  @ApiOkResponse({
    schema: schemaRef('PlanView'),
    description: 'the plan with its progress counts (by status, traffic light, overdue, relapses)',
  })
  async get(@Param('id') id: string, @CurrentCaller() { scope }: Caller): Promise<PlanView> {
    const plan = await findPlan(this.db, id);
    if (!plan || !inScope(scope, plan.ownerUnitId)) {
      throw ProblemException.of('not-found', `no plan ${id}`);
    }
    return plan;
  }
}
