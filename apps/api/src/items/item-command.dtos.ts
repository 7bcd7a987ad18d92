import { type EscalationLevel, escalationLevels } from '@closeloop/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DATE } from '../common/validation/patterns';
import { Required } from '../common/validation/required.decorator';

export class EvidenceDto {
  @ApiProperty({ example: 'photo', description: 'photo, document, monitoring, …' })
  @Matches(/^[a-z][a-z0-9_-]{0,31}$/, { message: 'kind must be a short lowercase word' })
  @IsString()
  @Required()
  kind!: string;

  @ApiProperty({ example: 'https://files.example.gov.cn/rectification/123.jpg', description: 'where the evidence is kept' })
  @IsNotEmpty()
  @MaxLength(2000)
  @IsString()
  @Required()
  ref!: string;

  @ApiPropertyOptional({ example: '整改后现场照片' })
  @IsOptional()
  @MaxLength(500)
  @IsString()
  name?: string;
}

export class AcknowledgeDto {}

export class ProgressReportDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 60 })
  @Max(100)
  @Min(0)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Required()
  percent!: number;

  @ApiPropertyOptional({ example: 82.5, description: 'the quantitative indicator value now' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  indicatorValue?: number;

  @ApiPropertyOptional({ example: '已完成12处排口整治' })
  @IsOptional()
  @MaxLength(5000)
  @IsString()
  note?: string;

  @ApiPropertyOptional({ type: [EvidenceDto] })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  @IsArray()
  evidence?: EvidenceDto[];

  @ApiPropertyOptional({ type: [String], description: 'ids of milestones reached with this report' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsArray()
  milestonesReached?: string[];
}

export class ExtensionRequestDto {
  @ApiProperty({ example: '2027-09-30', format: 'date' })
  @Matches(DATE, { message: 'proposedDeadline must be a date as YYYY-MM-DD' })
  @IsString()
  @Required()
  proposedDeadline!: string;

  @ApiProperty({ example: '受汛期影响，施工无法按期完成' })
  @IsNotEmpty()
  @MaxLength(5000)
  @IsString()
  @Required()
  reason!: string;
}

export class ExtensionDecisionDto {
  @ApiProperty({ description: 'true approves: the deadline moves (the original stays recorded)' })
  @IsBoolean()
  @Required()
  approve!: boolean;

  @ApiPropertyOptional({ description: 'required when rejecting' })
  @IsOptional()
  @MaxLength(5000)
  @IsString()
  reason?: string;
}

export class ReassignmentDto {
  @ApiProperty({ example: 'hhht-water' })
  @IsNotEmpty()
  @IsString()
  @Required()
  responsibleUnitId!: string;

  @ApiProperty({ example: '职责调整' })
  @IsNotEmpty()
  @MaxLength(5000)
  @IsString()
  @Required()
  reason!: string;
}

export class ClosureRequestDto {
  @ApiProperty({ type: [EvidenceDto], description: 'at least one; the policy may require certain kinds' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  @IsArray()
  @Required()
  evidence!: EvidenceDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(5000)
  @IsString()
  note?: string;
}

export class ObjectionDto {
  @ApiProperty({ example: '群众反映仍有异味' })
  @IsNotEmpty()
  @MaxLength(5000)
  @IsString()
  @Required()
  reason!: string;
}

export class ObjectionAnswerDto {
  @ApiProperty({ example: '已查明系管网渗漏，完成修复并复测达标' })
  @IsNotEmpty()
  @MaxLength(5000)
  @IsString()
  @Required()
  answer!: string;
}

export class VerificationDto {
  @ApiProperty({ description: 'true accepts (closed and filed); false rejects (back to work)' })
  @IsBoolean()
  @Required()
  accept!: boolean;

  @ApiPropertyOptional({ type: [String], description: 'required when rejecting' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsArray()
  reasons?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(5000)
  @IsString()
  note?: string;
}

export class RevisitResultDto {
  @ApiProperty({ enum: ['consolidated', 'relapsed'] })
  @IsIn(['consolidated', 'relapsed'])
  @Required()
  outcome!: 'consolidated' | 'relapsed';

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(5000)
  @IsString()
  findings?: string;

  @ApiPropertyOptional({ format: 'date', description: 'required when relapsed: the reopened item deadline' })
  @IsOptional()
  @Matches(DATE, { message: 'newDeadline must be a date as YYYY-MM-DD' })
  @IsString()
  newDeadline?: string;
}

export class EscalationDto {
  @ApiProperty({ enum: escalationLevels, description: '预警 → 通报 → 督办 → 约谈 → 问责' })
  @IsIn(escalationLevels)
  @Required()
  level!: EscalationLevel;

  @ApiProperty({ example: '连续三周未报送进展' })
  @IsNotEmpty()
  @MaxLength(5000)
  @IsString()
  @Required()
  reason!: string;
}
