import { type Role, roles } from '@closeloop/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Required } from '../common/validation/required.decorator';
import { UnitIds } from '../common/validation/unit-ids.decorator';

/** People hold every role but `integrator` (API keys only). */
export const personRoles = roles.filter((role) => role !== 'integrator');
export type PersonRole = Exclude<Role, 'integrator'>;

/** 2–64 lowercase letters, digits and `._@-`, starting with a letter or digit (an email address fits). */
export const LOGIN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

export class UnitRefDto {
  @ApiProperty({ example: 'hhht-water' }) id!: string;
  @ApiProperty({ example: '呼和浩特市水务局' }) name!: string;
}

export class PersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '王立新' }) name!: string;
  @ApiProperty({ example: 'bumen', description: 'what the person signs in with' }) login!: string;
  @ApiProperty({ enum: personRoles }) role!: PersonRole;
  @ApiProperty({ type: [String], example: ['hhht-water'], description: 'the units the person acts for (with all their sub-units)' })
  unitIds!: string[];
  @ApiProperty({ type: [UnitRefDto], description: 'the same units, named (a unit that no longer exists is left out)' })
  units!: UnitRefDto[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'set while the person may not sign in' })
  disabledAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the subject (`sub`) the person signs in as through single sign-on (OIDC)' })
  oidcSubject!: string | null;
}

export class InvitationDto {
  @ApiProperty({ example: '/invitation/3q2-…', description: 'the web app page that sets the password: shown this once' }) url!: string;
  @ApiProperty({ description: 'the one-time token in the url (256 random bits; stored only as its SHA-256)' }) token!: string;
  @ApiProperty({ format: 'date-time', description: '7 days after it was made' }) expiresAt!: string;
}

export class PersonWithInvitationDto extends PersonDto {
  @ApiProperty({ type: InvitationDto, description: 'the one-time link that lets the person set a password and sign in' })
  invitation!: InvitationDto;
}

export class PersonPageDto {
  @ApiProperty({ type: [PersonDto] }) items!: PersonDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class CreatePersonDto {
  @ApiProperty({ example: '王立新', description: 'the name events and timelines show' })
  @IsNotEmpty()
  @MaxLength(200)
  @IsString()
  @Required()
  name!: string;

  @ApiProperty({ example: 'bumen', description: '2-64 lowercase letters, digits and . _ @ -, unique' })
  @Matches(LOGIN, { message: 'login must be 2-64 lowercase letters, digits or . _ @ -, starting with a letter or digit' })
  @IsString()
  @Required()
  login!: string;

  @ApiProperty({ enum: personRoles })
  @IsIn(personRoles, { message: `role must be one of: ${personRoles.join(', ')} (integrators use API keys)` })
  @Required()
  role!: PersonRole;

  @UnitIds('the units the person acts for; required unless admin')
  unitIds!: string[];

  @ApiPropertyOptional({ example: 'a1b2c3', description: 'the OIDC subject (`sub`) this person signs in as, when single sign-on is used' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(255)
  @IsString()
  oidcSubject?: string;
}

/** What the invitation page shows before the person chooses a password. */
export class InvitationInfoDto {
  @ApiProperty({ example: '王立新' }) name!: string;
  @ApiProperty({ example: 'bumen' }) login!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'the new password: at least 10 characters, not the login (422 weak-password otherwise)' })
  @MaxLength(1024)
  @IsString()
  @Required()
  password!: string;
}
