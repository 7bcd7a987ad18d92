import { awaitingKinds, escalationLevels, itemStatuses } from '@closeloop/domain';
import { itemOrders } from '@closeloop/read-models';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TimeKeyPageQuery } from '../common/validation/pagination';
import { CALENDAR_DATE } from '../common/validation/patterns';

/** `true` and `false` as the document states a boolean query parameter; anything else stays as it is (and fails). */
const booleanText = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export const awaitingFilters = [...awaitingKinds, 'any'] as const;
export const escalationFilters = [...escalationLevels, 'none'] as const;

export class ItemListQuery extends TimeKeyPageQuery {
  @ApiPropertyOptional({ description: 'plan code' })
  @IsOptional()
  @IsString()
  plan?: string;

  @ApiPropertyOptional({ description: 'responsible or supervising unit id' })
  @IsOptional()
  @IsString()
  unit?: string;

  @ApiPropertyOptional({ description: 'responsible unit id (责任单位): the items a department works on' })
  @IsOptional()
  @IsString()
  responsibleUnit?: string;

  @ApiPropertyOptional({ description: 'supervising unit id (督导单位): the items a supervising unit verifies' })
  @IsOptional()
  @IsString()
  supervisingUnit?: string;

  @ApiPropertyOptional({ enum: itemStatuses })
  @IsOptional()
  @IsIn(itemStatuses)
  status?: string;

  @ApiPropertyOptional({ enum: ['green', 'yellow', 'red'] })
  @IsOptional()
  @IsIn(['green', 'yellow', 'red'])
  light?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'date', description: 'deadline strictly before' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'dueBefore must be a real date as YYYY-MM-DD' })
  dueBefore?: string;

  @ApiPropertyOptional({ format: 'date', description: 'deadline strictly after' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'dueAfter must be a real date as YYYY-MM-DD' })
  dueAfter?: string;

  @ApiPropertyOptional({ description: 'text in the code, title, finding or target (case-insensitive, taken literally)', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    enum: awaitingFilters,
    description:
      '待审核: items whose extension request, closure request (after any public notice) or due revisit waits for the supervising unit; `any`: any of these. Each item shows what and since when in `awaiting`',
  })
  @IsOptional()
  @IsIn(awaitingFilters)
  awaiting?: (typeof awaitingFilters)[number];

  @ApiPropertyOptional({ enum: escalationFilters, description: 'the escalation level reached (预警 → 问责); `none`: not escalated' })
  @IsOptional()
  @IsIn(escalationFilters)
  escalation?: (typeof escalationFilters)[number];

  @ApiPropertyOptional({ type: Boolean, description: 'whether an automatic escalation waits for a leader’s confirmation' })
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean()
  escalationProposed?: boolean;

  @ApiPropertyOptional({
    enum: itemOrders,
    default: 'filed',
    description:
      '`filed`: filing order; `waiting`: oldest waiting first, by `awaiting.since`, listing only items that wait (without `awaiting`, as `awaiting=any`). A cursor continues the order it came from',
  })
  @IsOptional()
  @IsIn(itemOrders)
  sort?: (typeof itemOrders)[number];
}
