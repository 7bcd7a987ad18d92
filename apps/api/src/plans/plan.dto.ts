import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Required } from '../common/validation/required.decorator';
import { PLAN_POLICY_SCHEMA } from './plan-policy.schema';

export class CreatePlanDto {
  @ApiProperty({ example: 'HHHT-2020', description: 'the plan code; items refer to it as planCode' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'id must be 1-64 letters, digits, dots, dashes or underscores' })
  @IsString()
  @Required()
  id!: string;

  @ApiProperty({ example: '呼和浩特市落实自治区生态环境保护督察反馈意见整改方案' })
  @IsNotEmpty()
  @MaxLength(500)
  @IsString()
  @Required()
  title!: string;

  @ApiProperty({ example: '内蒙古自治区第一生态环境保护督察组 2019年督察' })
  @IsNotEmpty()
  @MaxLength(500)
  @IsString()
  @Required()
  sourceInspection!: string;

  @ApiProperty({ example: 'hhht', description: 'the unit that owns the plan (receives filings)' })
  @IsNotEmpty()
  @IsString()
  @Required()
  ownerUnitId!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: false,
    properties: PLAN_POLICY_SCHEMA.properties as never,
    description:
      'durations in ISO 8601; omitted settings take the defaults (dueSoonBefore P7D, revisitAfter [P3M, P6M], no required evidence)',
    example: { dueSoonBefore: 'P7D', publicNoticePeriod: 'P5D', revisitAfter: ['P3M', 'P6M'], requiredEvidenceKinds: ['photo'] },
  })
  @IsOptional()
  @IsObject()
  policy?: Record<string, unknown>;
}
