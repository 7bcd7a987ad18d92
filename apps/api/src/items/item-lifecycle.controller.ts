import type { ExternalCommandType } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import { type EscalationLevel, type ItemCommand, escalationLevels } from '@closeloop/domain';
import type { ItemView } from '@closeloop/read-models';
import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { Command, type CommandContext, withReason } from '../common/auth/command.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { assertUsableUnits } from '../units/usable-units';
import { ETag } from '../common/http/etag.interceptor';
import { ItemAccess } from './item-access';
import {
  AcknowledgeDto,
  ClosureRequestDto,
  EscalationDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  ObjectionAnswerDto,
  ObjectionDto,
  ProgressReportDto,
  ReassignmentDto,
  RevisitResultDto,
  VerificationDto,
} from './item-command.dtos';
import { ItemCommands } from './item-commands';
import { schemaRef } from '../common/openapi/response-schemas';

type LaterCommand = Exclude<ExternalCommandType, 'FileItem'>;
type DataOf<T extends LaterCommand> = Extract<ItemCommand, { type: T }>['data'];

/** The item's life after filing: each operation is one command, decided in the item's workflow. */
@ApiTags('items')
@ApiBearerAuth()
@ApiHeader({
  name: 'If-Match',
  required: false,
  schema: { type: 'string', pattern: '^(W/)?"?[0-9]{1,9}"?$' },
  description: 'the item version you last saw; 412 if it moved on',
})
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  schema: { type: 'string', pattern: '^[!-~]{1,255}$' },
  description: 'the same key and body return the first result',
})
@Controller('v1/items/:id')
@ETag()
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
  acknowledge(@Param('id') id: string, @Body() _body: AcknowledgeDto, @Command({ ifMatch: true }) command: CommandContext) {
    return this.send(id, 'AcknowledgeItem', {}, command);
  }

  @ApiOperation({ operationId: 'reportProgress', summary: 'Report progress (进展)' })
  @Post('progress-reports')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'percent, indicator value, note, evidence, milestones reached' })
  reportProgress(@Param('id') id: string, @Body() body: ProgressReportDto, @Command({ ifMatch: true }) command: CommandContext) {
    const data: DataOf<'ReportProgress'> = {
      percent: body.percent,
      ...(body.indicatorValue !== undefined ? { indicatorValue: body.indicatorValue } : {}),
      ...(body.note ? { note: body.note } : {}),
      evidence: (body.evidence ?? []).map((e) => ({ ...e })),
      milestonesReached: body.milestonesReached ?? [],
    };
    return this.send(id, 'ReportProgress', data, command);
  }

  @ApiOperation({ operationId: 'requestExtension', summary: 'Request an extension (延期申请)' })
  @Post('extension-requests')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'the request is in pendingExtension until the supervising unit decides' })
  requestExtension(@Param('id') id: string, @Body() body: ExtensionRequestDto, @Command({ ifMatch: true }) command: CommandContext) {
    const data = { requestId: randomUUID(), proposedDeadline: body.proposedDeadline, reason: body.reason };
    return this.send(id, 'RequestExtension', data, command, { reason: body.reason });
  }

  @ApiOperation({ operationId: 'decideExtension', summary: 'Approve or reject an extension request' })
  @Post('extension-requests/:requestId/decision')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'approved: the deadline moves, the original stays recorded' })
  decideExtension(
    @Param('id') id: string,
    @Param('requestId') requestId: string,
    @Body() body: ExtensionDecisionDto,
    @Command({ ifMatch: true }) command: CommandContext,
  ) {
    const data = { requestId, approve: body.approve, ...(body.reason ? { reason: body.reason } : {}) };
    return this.send(id, 'DecideExtension', data, command, { reason: body.reason });
  }

  @ApiOperation({ operationId: 'reassignItem', summary: 'Reassign an item to another responsible unit' })
  @Post('reassignment')
  @HttpCode(200)
  @Roles('admin', 'supervisor', 'leader')
  @Idempotent()
  @ApiOkResponse({
    schema: schemaRef('ItemView'),
    description:
      "a new responsible unit, which must acknowledge; it must lie in the caller's scope (422 unknown-unit otherwise, as when filing)",
  })
  reassign(@Param('id') id: string, @Body() body: ReassignmentDto, @Command({ ifMatch: true }) command: CommandContext) {
    // As when filing: a scoped caller hands the item only to a unit in its scope.
    const newUnitUsable = () =>
      assertUsableUnits(this.db, command.caller.scope, [{ field: 'responsibleUnitId', id: body.responsibleUnitId, scoped: true }]);
    return this.send(id, 'ReassignItem', { ...body }, command, { reason: body.reason, check: newUnitUsable });
  }

  @ApiOperation({ operationId: 'requestClosure', summary: 'Apply for closure with evidence (销号申请)' })
  @Post('closure-requests')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'awaiting verification, or in public notice when the policy has one' })
  requestClosure(@Param('id') id: string, @Body() body: ClosureRequestDto, @Command({ ifMatch: true }) command: CommandContext) {
    const data = { evidence: body.evidence.map((e) => ({ ...e })), ...(body.note ? { note: body.note } : {}) };
    return this.send(id, 'RequestClosure', data, command);
  }

  @ApiOperation({ operationId: 'objectToClosure', summary: 'Object during the public notice (公示)' })
  @Post('objections')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'an objection during public notice sends the item back to work' })
  object(@Param('id') id: string, @Body() body: ObjectionDto, @Command({ ifMatch: true }) command: CommandContext) {
    return this.send(id, 'RaiseObjection', { reason: body.reason }, command, { reason: body.reason });
  }

  @ApiOperation({ operationId: 'answerObjection', summary: 'Answer the objection that sent the item back to work (答复异议)' })
  @Post('objection-answers')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'the responsible unit’s answer, recorded beside the objection it answers' })
  answerObjection(@Param('id') id: string, @Body() body: ObjectionAnswerDto, @Command({ ifMatch: true }) command: CommandContext) {
    return this.send(id, 'AnswerObjection', { answer: body.answer }, command);
  }

  @ApiOperation({ operationId: 'verifyItem', summary: 'Accept or reject the work (验收)' })
  @Post('verification')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'accepted: closed and filed, revisits scheduled; rejected: back to work' })
  verify(@Param('id') id: string, @Body() body: VerificationDto, @Command({ ifMatch: true }) command: CommandContext) {
    const data = { accept: body.accept, reasons: body.reasons ?? [], ...(body.note ? { note: body.note } : {}) };
    return this.send(id, 'VerifyItem', data, command, { reason: body.reasons?.join('; ') });
  }

  @ApiOperation({ operationId: 'recordRevisitResult', summary: 'Record a revisit result (回头看)' })
  @Post('revisits/:revisitId/result')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'consolidated, or relapsed: reopened with a new deadline' })
  recordRevisit(
    @Param('id') id: string,
    @Param('revisitId') revisitId: string,
    @Body() body: RevisitResultDto,
    @Command({ ifMatch: true }) command: CommandContext,
  ) {
    const data = {
      revisitId,
      relapsed: body.outcome === 'relapsed',
      ...(body.findings ? { findings: body.findings } : {}),
      ...(body.newDeadline ? { newDeadline: body.newDeadline } : {}),
    };
    return this.send(id, 'RecordRevisitResult', data, command, { reason: body.findings });
  }

  @ApiOperation({ operationId: 'escalateItem', summary: 'Escalate an item by hand (预警 → 问责)' })
  @Post('escalations')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'a leader raises the item to a level by hand, with a reason' })
  escalate(@Param('id') id: string, @Body() body: EscalationDto, @Command({ ifMatch: true }) command: CommandContext) {
    return this.send(id, 'EscalateItem', { level: body.level, reason: body.reason }, command, { reason: body.reason });
  }

  @ApiOperation({ operationId: 'confirmEscalation', summary: 'Confirm a proposed escalation' })
  @Post('escalations/:level/confirmation')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ schema: schemaRef('ItemView'), description: 'a leader confirms an automatic escalation that awaits confirmation' })
  confirmEscalation(@Param('id') id: string, @Param('level') level: string, @Command({ ifMatch: true }) command: CommandContext) {
    if (!(escalationLevels as readonly string[]).includes(level)) {
      throw ProblemException.of('not-found', `no escalation level ${level}`);
    }
    return this.send(id, 'ConfirmEscalation', { level: level as EscalationLevel }, command);
  }

  private async send<T extends LaterCommand>(
    id: string,
    type: T,
    data: DataOf<T>,
    { caller, metadata, expectedVersion }: CommandContext,
    options: { reason?: string; check?: () => Promise<void> } = {},
  ): Promise<ItemView> {
    await this.items.visible(id, caller.scope);
    // After the visibility check, so an item out of scope is a 404 whatever the body names.
    await options.check?.();
    const command = { type, data, metadata: withReason(metadata, options.reason) } as Extract<ItemCommand, { type: T }>;
    const { version } = await this.commands.send(id, command, { expectedVersion });
    return this.items.atLeast(id, version);
  }
}
