import { type Role, roles } from '@closeloop/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Required } from '../common/validation/required.decorator';
import { UnitIds } from '../common/validation/unit-ids.decorator';

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

  @UnitIds('the units it acts for (with all their sub-units); required unless admin')
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
