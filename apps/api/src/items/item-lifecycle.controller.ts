import type { CommandOptions, ExternalCommandType } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import { type EscalationLevel, type ItemCommand, escalationLevels } from '@closeloop/domain';
import type { ItemView } from '@closeloop/read-models';
import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { commandMetadata } from '../auth/command-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ProblemException } from '../problem/problem.exception';
import { DB } from '../tokens';
import { assertUsableUnits } from '../units/usable-units';
import { expectedVersionOf } from './if-match';
import { ItemAccess } from './item-access';
import {
  AcknowledgeDto,
  ClosureRequestDto,
  EscalationDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  ObjectionDto,
  ProgressReportDto,
  ReassignmentDto,
  RevisitResultDto,
  VerificationDto,
} from './item-command.dtos';
import { ItemCommands } from './item-commands';
import { schemaRef } from '../openapi/response-schemas';

type LaterCommand = Exclude<ExternalCommandType, 'FileItem'>;
type DataOf<T extends LaterCommand> = Extract<ItemCommand, { type: T }>['data'];

/** The item's life after filing: each operation is one command, decided in the item's workflow. */
@ApiTags('items')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, schema: { type: 'string', pattern: '^(W/)?"?[0-9]{1,9}"?$' }, description: 'the item version you last saw; 412 if it moved on' })
@ApiHeader({ name: 'Idempotency-Key', required: false, schema: { type: 'string', pattern: '^[!-~]{1,255}$' }, description: 'the same key and body return the first result' })
@Controller('v1/items/:id')
export class ItemLifecycleController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly commands: ItemCommands,
    private readonly items: ItemAccess,
  ) {}

  @ApiOperation({ operationId: 'acknowledgeItem', summary: 'Acknowledge an assignment (签收)' })
  @Post('acknowledgement')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'the responsible unit accepts the assignment' })
  acknowledge(@Param('id') id: string, @Body() _body: AcknowledgeDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    return this.send(id, 'AcknowledgeItem', {}, { p, r, res, ifMatch });
  }

  @ApiOperation({ operationId: 'reportProgress', summary: 'Report progress (进展)' })
  @Post('progress-reports')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'percent, indicator value, note, evidence, milestones reached' })
  reportProgress(@Param('id') id: string, @Body() body: ProgressReportDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    const data: DataOf<'ReportProgress'> = {
      percent: body.percent,
      ...(body.indicatorValue !== undefined ? { indicatorValue: body.indicatorValue } : {}),
      ...(body.note ? { note: body.note } : {}),
      evidence: (body.evidence ?? []).map((e) => ({ ...e })),
      milestonesReached: body.milestonesReached ?? [],
    };
    return this.send(id, 'ReportProgress', data, { p, r, res, ifMatch });
  }

  @ApiOperation({ operationId: 'requestExtension', summary: 'Request an extension (延期申请)' })
  @Post('extension-requests')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'the request is in pendingExtension until the supervising unit decides' })
  requestExtension(@Param('id') id: string, @Body() body: ExtensionRequestDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    const data = { requestId: randomUUID(), proposedDeadline: body.proposedDeadline, reason: body.reason };
    return this.send(id, 'RequestExtension', data, { p, r, res, ifMatch, reason: body.reason });
  }

  @ApiOperation({ operationId: 'decideExtension', summary: 'Approve or reject an extension request' })
  @Post('extension-requests/:requestId/decision')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'approved: the deadline moves, the original stays recorded' })
  decideExtension(@Param('id') id: string, @Param('requestId') requestId: string, @Body() body: ExtensionDecisionDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    const data = { requestId, approve: body.approve, ...(body.reason ? { reason: body.reason } : {}) };
    return this.send(id, 'DecideExtension', data, { p, r, res, ifMatch, reason: body.reason });
  }

  @ApiOperation({ operationId: 'reassignItem', summary: 'Reassign an item to another responsible unit' })
  @Post('reassignment')
  @HttpCode(200)
  @Roles('admin', 'supervisor', 'leader')
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: "a new responsible unit, which must acknowledge; it must lie in the caller's scope (422 unknown-unit otherwise, as when filing)" })
  reassign(@Param('id') id: string, @Body() body: ReassignmentDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    // As when filing: a scoped caller hands the item only to a unit in its scope.
    const newUnitUsable = () => assertUsableUnits(this.db, p, [{ field: 'responsibleUnitId', id: body.responsibleUnitId, scoped: true }]);
    return this.send(id, 'ReassignItem', { ...body }, { p, r, res, ifMatch, reason: body.reason, check: newUnitUsable });
  }

  @ApiOperation({ operationId: 'requestClosure', summary: 'Apply for closure with evidence (销号申请)' })
  @Post('closure-requests')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'awaiting verification, or in public notice when the policy has one' })
  requestClosure(@Param('id') id: string, @Body() body: ClosureRequestDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    const data = { evidence: body.evidence.map((e) => ({ ...e })), ...(body.note ? { note: body.note } : {}) };
    return this.send(id, 'RequestClosure', data, { p, r, res, ifMatch });
  }

  @ApiOperation({ operationId: 'objectToClosure', summary: 'Object during the public notice (公示)' })
  @Post('objections')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'an objection during public notice sends the item back to work' })
  object(@Param('id') id: string, @Body() body: ObjectionDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    return this.send(id, 'RaiseObjection', { reason: body.reason }, { p, r, res, ifMatch, reason: body.reason });
  }

  @ApiOperation({ operationId: 'verifyItem', summary: 'Accept or reject the work (验收)' })
  @Post('verification')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'accepted: closed and filed, revisits scheduled; rejected: back to work' })
  verify(@Param('id') id: string, @Body() body: VerificationDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    const data = { accept: body.accept, reasons: body.reasons ?? [], ...(body.note ? { note: body.note } : {}) };
    return this.send(id, 'VerifyItem', data, { p, r, res, ifMatch, reason: body.reasons?.join('; ') });
  }

  @ApiOperation({ operationId: 'recordRevisitResult', summary: 'Record a revisit result (回头看)' })
  @Post('revisits/:revisitId/result')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'consolidated, or relapsed: reopened with a new deadline' })
  recordRevisit(@Param('id') id: string, @Param('revisitId') revisitId: string, @Body() body: RevisitResultDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    const data = {
      revisitId,
      relapsed: body.outcome === 'relapsed',
      ...(body.findings ? { findings: body.findings } : {}),
      ...(body.newDeadline ? { newDeadline: body.newDeadline } : {}),
    };
    return this.send(id, 'RecordRevisitResult', data, { p, r, res, ifMatch, reason: body.findings });
  }

  @ApiOperation({ operationId: 'escalateItem', summary: 'Escalate an item by hand (预警 → 问责)' })
  @Post('escalations')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'a leader raises the item to a level by hand, with a reason' })
  escalate(@Param('id') id: string, @Body() body: EscalationDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    return this.send(id, 'EscalateItem', { level: body.level, reason: body.reason }, { p, r, res, ifMatch, reason: body.reason });
  }

  @ApiOperation({ operationId: 'confirmEscalation', summary: 'Confirm a proposed escalation' })
  @Post('escalations/:level/confirmation')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'a leader confirms an automatic escalation that awaits confirmation' })
  confirmEscalation(@Param('id') id: string, @Param('level') level: string, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() p: Principal, @Req() r: Request, @Res({ passthrough: true }) res: Response) {
    if (!(escalationLevels as readonly string[]).includes(level)) {
      throw ProblemException.of('not-found', `no escalation level ${level}`);
    }
    return this.send(id, 'ConfirmEscalation', { level: level as EscalationLevel }, { p, r, res, ifMatch });
  }

  private async send<T extends LaterCommand>(
    id: string,
    type: T,
    data: DataOf<T>,
    context: { p: Principal; r: Request; res: Response; ifMatch?: string; reason?: string; check?: () => Promise<void> },
  ): Promise<ItemView> {
    const options: CommandOptions = { expectedVersion: expectedVersionOf(context.ifMatch) };
    await this.items.visible(id, context.p);
    // After the visibility check, so an item out of scope is a 404 whatever the body names.
    await context.check?.();
    const metadata = await commandMetadata(this.db, context.p, context.r, context.reason);
    const command = { type, data, metadata } as Extract<ItemCommand, { type: T }>;
    const { version } = await this.commands.send(id, command, options);
    context.res.setHeader('ETag', `"${version}"`);
    return this.items.atLeast(id, version);
  }
}
