import { type Role, roles } from '@closeloop/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { UNIT_ID } from '../common/validation/patterns';
import { Required } from '../common/validation/required.decorator';

export class CreatePrincipalDto {
  @ApiProperty({ example: '呼和浩特市水务局 整改联络员', description: 'a person or a system' })
  @IsNotEmpty()
  @MaxLength(200)
  @IsString()
  @Required()
  name!: string;

  @ApiProperty({ enum: roles })
  @IsIn(roles)
  @Required()
  role!: Role;

  @ApiProperty({
    type: [String],
    example: ['hhht-water'],
    description: 'the units it acts for (with all their sub-units); required unless admin',
  })
  @ArrayUnique({ message: 'unitIds must not repeat a unit' })
  @ArrayMaxSize(100)
  @Matches(UNIT_ID, { each: true, message: 'unitIds must be unit ids (1-64 lowercase letters, digits or dashes)' })
  @IsString({ each: true })
  @IsArray()
  @Required()
  unitIds!: string[];
}

export class PrincipalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: roles }) role!: Role;
  @ApiProperty({ type: [String] }) unitIds!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
}

export class PrincipalWithKeyDto extends PrincipalDto {
  @ApiProperty({ example: 'cl_…', description: 'the API key: shown this once, stored only as a hash' })
  key!: string;
}

export class PrincipalPageDto {
  @ApiProperty({ type: [PrincipalDto] }) items!: PrincipalDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
