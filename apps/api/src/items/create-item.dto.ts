import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Required } from '../validation/required.decorator';

export class CreateItemDto {
  @ApiProperty({ example: 'HHHT-2026', description: 'the plan this item belongs to' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'planCode must be 1-64 letters, digits, dots, dashes or underscores' })
  @IsString()
  @Required()
  planCode!: string;

  @ApiProperty({ example: '3', description: 'the item number within the plan (序号); unique per plan' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'code must be 1-64 letters, digits, dots, dashes or underscores' })
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

  @ApiProperty({ example: '2027-06-30', description: 'due date (整改时限), YYYY-MM-DD in Asia/Shanghai' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline must be a date as YYYY-MM-DD' })
  @IsString()
  @Required()
  deadline!: string;

  @ApiProperty({ example: 'hhht-housing', description: 'the responsible (lead) unit (责任单位)' })
  @IsNotEmpty()
  @IsString()
  @Required()
  responsibleUnitId!: string;

  @ApiProperty({ example: 'hhht-eco', description: 'the supervising unit (督导单位)' })
  @IsNotEmpty()
  @IsString()
  @Required()
  supervisingUnitId!: string;
}
