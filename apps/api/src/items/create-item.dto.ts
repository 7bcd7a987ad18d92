import { type ItemKind, itemKinds } from '@closeloop/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ApiSchemaExtension } from '../common/openapi/validation-schema';
import { CODE, DATE } from '../common/validation/patterns';
import { Required } from '../common/validation/required.decorator';

export class IndicatorDto {
  @ApiProperty({ example: '秸秆综合利用率' })
  @IsNotEmpty()
  @MaxLength(200)
  @IsString()
  @Required()
  name!: string;

  @ApiProperty({ example: '%' })
  @MaxLength(50)
  @IsString()
  @Required()
  unit!: string;

  @ApiProperty({ example: 85 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Required()
  target!: number;

  @ApiProperty({ enum: ['at_least', 'at_most'] })
  @IsIn(['at_least', 'at_most'])
  @Required()
  direction!: 'at_least' | 'at_most';
}

export class MilestoneDto {
  @ApiProperty({ example: 'm1' })
  @Matches(CODE, { message: 'id must be 1-64 letters, digits, dots, dashes or underscores' })
  @IsString()
  @Required()
  id!: string;

  @ApiProperty({ example: '完成排查' })
  @IsNotEmpty()
  @MaxLength(500)
  @IsString()
  @Required()
  title!: string;

  @ApiProperty({ example: '2027-03-31', format: 'date' })
  @Matches(DATE, { message: 'due must be a date as YYYY-MM-DD' })
  @IsString()
  @Required()
  due!: string;
}

/** The deadline is required unless the item is long-term (the @ValidateIf on `deadline`). */
@ApiSchemaExtension({
  if: { required: ['kind'], properties: { kind: { const: 'long_term' } } },
  then: {},
  else: { required: ['deadline'] },
})
export class CreateItemDto {
  @ApiProperty({ example: 'HHHT-2020', description: 'the plan this item belongs to (must exist)' })
  @Matches(CODE, { message: 'planCode must be 1-64 letters, digits, dots, dashes or underscores' })
  @IsString()
  @Required()
  planCode!: string;

  @ApiProperty({ example: '3', description: 'the item number within the plan (序号); unique per plan' })
  @Matches(CODE, { message: 'code must be 1-64 letters, digits, dots, dashes or underscores' })
  @IsString()
  @Required()
  code!: string;

  @ApiProperty({ example: '城市建成区黑臭水体整治' })
  @IsNotEmpty()
  @MaxLength(500)
  @IsString()
  @Required()
  title!: string;

  @ApiProperty({ example: '部分黑臭水体整治不彻底，存在返黑返臭现象', description: 'the inspection finding (督察反馈问题)' })
  @IsNotEmpty()
  @MaxLength(5000)
  @IsString()
  @Required()
  finding!: string;

  @ApiProperty({ example: '建成区黑臭水体消除比例达到100%', description: 'what done means (整改目标)' })
  @IsNotEmpty()
  @MaxLength(5000)
  @IsString()
  @Required()
  target!: string;

  @ApiPropertyOptional({ type: [String], description: 'the measures (整改措施)' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsArray()
  measures?: string[];

  @ApiPropertyOptional({ enum: itemKinds, default: 'time_bound', description: '立行立改 / 限时整改 / 长期坚持' })
  @IsOptional()
  @IsIn(itemKinds)
  kind?: ItemKind;

  @ApiPropertyOptional({ type: IndicatorDto, description: 'a quantitative target, reported against in progress reports' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IndicatorDto)
  indicator?: IndicatorDto;

  @ApiPropertyOptional({ example: '2027-06-30', format: 'date', description: 'due date (整改时限); omitted only for a long-term item' })
  @ValidateIf((o: CreateItemDto) => o.kind !== 'long_term' || o.deadline !== undefined)
  @Matches(DATE, { message: 'deadline must be a date as YYYY-MM-DD' })
  @IsString()
  @Required()
  deadline?: string;

  @ApiPropertyOptional({ type: [MilestoneDto], description: 'staged targets (阶段性目标)' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  @IsArray()
  milestones?: MilestoneDto[];

  @ApiProperty({ example: 'hhht-housing', description: 'the responsible (lead) unit (责任单位/牵头单位)' })
  @IsNotEmpty()
  @IsString()
  @Required()
  responsibleUnitId!: string;

  @ApiPropertyOptional({ type: [String], description: 'cooperating units (配合单位)' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsArray()
  cooperatingUnitIds?: string[];

  @ApiPropertyOptional({ example: '张三', description: 'the named responsible person (责任人)' })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  responsiblePerson?: string;

  @ApiProperty({ example: 'hhht-eco', description: 'the supervising unit (督导单位/监管单位)' })
  @IsNotEmpty()
  @IsString()
  @Required()
  supervisingUnitId!: string;

  @ApiPropertyOptional({ example: '李四', description: 'the leader in charge (分管领导/包联领导)' })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  leaderInCharge?: string;
}
