import type { Database } from '@closeloop/db';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { Command, type CommandContext } from '../common/auth/command.decorator';
import { DB } from '../common/tokens';
import { EscalationPreviewDto, EscalationPreviewQuery } from './escalation-preview.dto';
import { previewEscalation } from './escalation-preview';
import { ItemAccess } from './item-access';

@ApiTags('items')
@ApiBearerAuth()
@Controller('v1/items/:id/escalations')
export class EscalationPreviewController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly items: ItemAccess,
  ) {}

  @ApiOperation({
    operationId: 'previewEscalation',
    summary: 'Preview an escalation by hand: the document number it would get',
    description:
      'What `POST /v1/items/{id}/escalations` with this level would do now, without doing it: refused with the same problem the escalation would get (403 not a leader over the item, 409 not higher than the current level, or the item closed), otherwise the document (督办单, 约谈通知书) and the number it would get, e.g. 约谈〔2026〕3号. The number may change if someone else escalates first (any item, to a level of the same kind); the escalation records the number it gets.',
  })
  @Get('preview')
  @ApiOkResponse({ type: EscalationPreviewDto, description: 'the escalation would be accepted, and would issue this document (if any)' })
  async preview(
    @Param('id') id: string,
    @Query() query: EscalationPreviewQuery,
    @Command() { caller, metadata }: CommandContext,
  ): Promise<EscalationPreviewDto> {
    await this.items.visible(id, caller.scope);
    return previewEscalation(this.db, id, query.level, metadata, new Date());
  }
}
