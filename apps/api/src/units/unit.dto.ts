import { type UnitKind, unitKinds } from '@closeloop/db';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Required } from '../common/validation/required.decorator';

export class CreateUnitDto {
  @ApiProperty({ example: 'hhht-eco', description: 'stable code of the unit' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'id must be 1-64 lowercase letters, digits or dashes' })
  @IsString()
  @Required()
  id!: string;

  @ApiProperty({ example: '呼和浩特市生态环境局' })
  @IsNotEmpty()
  @MaxLength(200)
  @IsString()
  @Required()
  name!: string;

  @ApiPropertyOptional({ example: 'hhht', description: 'the parent unit in the organisation tree' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  parentId?: string;

  @ApiProperty({ enum: unitKinds })
  @IsIn(unitKinds)
  @Required()
  kind!: UnitKind;
}

export class UnitDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ enum: unitKinds }) kind!: UnitKind;
}
