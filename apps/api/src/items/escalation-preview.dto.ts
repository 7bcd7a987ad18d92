import { type EscalationLevel, escalationLevels } from '@closeloop/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Required } from '../common/validation/required.decorator';

export class EscalationPreviewQuery {
  @ApiProperty({ enum: escalationLevels, description: 'the level the leader is about to raise the item to' })
  @IsIn(escalationLevels)
  @Required()
  level!: EscalationLevel;
}

export class EscalationPreviewDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ enum: escalationLevels }) level!: EscalationLevel;
  @ApiProperty({ minimum: 1, description: 'the item version the preview was made on: send it as If-Match with the escalation' })
  version!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: ['督办', '约谈'],
    description: 'the kind of document the escalation issues (督办单, 约谈通知书); null for a level that issues none',
  })
  documentKind!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '约谈〔2026〕3号',
    description:
      'the number the document would get if the item were escalated now: the next of its yearly series. It may change if someone else escalates an item to a level of the same kind first, or the year turns; the escalation records the number it gets',
  })
  documentNumber!: string | null;
  @ApiProperty({ format: 'date-time', description: 'when the preview was made' }) asOf!: string;
}
