import { itemStatuses } from '@closeloop/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TimeKeyPageQuery } from '../common/validation/pagination';
import { CALENDAR_DATE } from '../common/validation/patterns';

export class ItemListQuery extends TimeKeyPageQuery {
  @ApiPropertyOptional({ description: 'plan code' })
  @IsOptional()
  @IsString()
  plan?: string;

  @ApiPropertyOptional({ description: 'responsible or supervising unit id' })
  @IsOptional()
  @IsString()
  unit?: string;

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
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
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
    enum: ['extension', 'verification', 'revisit'],
    description: "waiting for the supervising unit's decision: an extension request, a verification (验收), a revisit that is due (回头看)",
  })
  @IsOptional()
  @IsIn(['extension', 'verification', 'revisit'])
  awaiting?: 'extension' | 'verification' | 'revisit';
}
