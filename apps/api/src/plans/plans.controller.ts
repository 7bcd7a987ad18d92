import type { Database } from '@closeloop/db';
import { type PlanIssued, type PlanPolicy, defaultPolicy, policyErrors } from '@closeloop/domain';
import { type EventStore, StreamVersionConflict } from '@closeloop/event-store';
import { type PlanView, findPlan, planStreamId } from '@closeloop/read-models';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { inScope, unitsInScope } from '../auth/scope';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ProblemException } from '../problem/problem.exception';
import { requestIdOf } from '../request-id/request-id.middleware';
import { DB, EVENT_STORE } from '../tokens';
import { existingUnitIds } from '../units/units.repository';
import { schemaErrors } from '../validation/json-schema-check';
import { PLAN_POLICY_MESSAGES, PLAN_POLICY_SCHEMA } from './plan-policy.schema';
import { CreatePlanDto } from './plan.dto';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('v1/plans')
export class PlansController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @Idempotent()
  @ApiCreatedResponse({ description: 'the issued plan with its (resolved) policy' })
  async create(@Body() body: CreatePlanDto, @CurrentPrincipal() principal: Principal, @Req() request: Request): Promise<PlanView> {
    const policy = { ...defaultPolicy, ...(body.policy ?? {}) } as PlanPolicy;
    const errors = schemaErrors(body.policy ?? {}, PLAN_POLICY_SCHEMA, 'policy', PLAN_POLICY_MESSAGES);
    if (errors.length === 0) errors.push(...policyErrors(policy));
    if (errors.length > 0) throw ProblemException.of('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    if (!(await existingUnitIds(this.db, [body.ownerUnitId])).has(body.ownerUnitId)) {
      throw ProblemException.of('unknown-unit', `unit ${body.ownerUnitId} does not exist`, [
        { field: 'ownerUnitId', message: `unit ${body.ownerUnitId} does not exist` },
      ]);
    }
    const event: PlanIssued = {
      type: 'PlanIssued',
      data: { planId: body.id, title: body.title, sourceInspection: body.sourceInspection, ownerUnitId: body.ownerUnitId, policy, at: new Date().toISOString() },
    };
    try {
      await this.eventStore.append(planStreamId(body.id), 0, [
        {
          eventId: randomUUID(),
          type: event.type,
          data: { ...event.data },
          metadata: { commandId: randomUUID(), actorId: principal.id, role: principal.role, requestId: requestIdOf(request) },
        },
      ]);
    } catch (error) {
      if (error instanceof StreamVersionConflict) throw ProblemException.of('plan-exists', `plan ${body.id} already exists`);
      throw error;
    }
    return (await findPlan(this.db, body.id))!;
  }

  @Get(':id')
  @Roles('admin', 'leader')
  @ApiOkResponse({ description: 'the plan with its progress counts (by status, traffic light, overdue, relapses)' })
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<PlanView> {
    const plan = await findPlan(this.db, id);
    if (!plan || !inScope(await unitsInScope(this.db, principal), plan.ownerUnitId)) {
      throw ProblemException.of('not-found', `no plan ${id}`);
    }
    return plan;
  }
}
