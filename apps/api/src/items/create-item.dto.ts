import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class CreateItemDto {
  @ApiProperty({ example: 'HHHT-2026', description: 'the plan this item belongs to' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'planCode must be 1-64 letters, digits, dots, dashes or underscores' })
  planCode!: string;

  @ApiProperty({ example: '3', description: 'the item number within the plan (序号); unique per plan' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'code must be 1-64 letters, digits, dots, dashes or underscores' })
  code!: string;

  @ApiProperty({ example: '城市建成区黑臭水体整治' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: '部分黑臭水体整治不彻底，存在返黑返臭现象', description: 'the inspection finding (督察反馈问题)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  finding!: string;

  @ApiProperty({ example: '建成区黑臭水体消除比例达到100%', description: 'what done means (整改目标)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  target!: string;

  @ApiProperty({ example: '2027-06-30', description: 'due date (整改时限), YYYY-MM-DD in Asia/Shanghai' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline must be a date as YYYY-MM-DD' })
  deadline!: string;

  @ApiProperty({ example: 'hhht-housing', description: 'the responsible (lead) unit (责任单位)' })
  @IsString()
  @IsNotEmpty()
  responsibleUnitId!: string;

  @ApiProperty({ example: 'hhht-eco', description: 'the supervising unit (督导单位)' })
  @IsString()
  @IsNotEmpty()
  supervisingUnitId!: string;
}
