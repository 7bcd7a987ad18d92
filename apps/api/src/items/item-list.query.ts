import { itemStatuses } from '@closeloop/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { PageQuery } from '../validation/pagination';
import { DATE } from '../validation/patterns';


export class ItemListQuery extends PageQuery {
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
  @Matches(DATE, { message: 'dueBefore must be a date as YYYY-MM-DD' })
  dueBefore?: string;

  @ApiPropertyOptional({ format: 'date', description: 'deadline strictly after' })
  @IsOptional()
  @Matches(DATE, { message: 'dueAfter must be a date as YYYY-MM-DD' })
  dueAfter?: string;
}
