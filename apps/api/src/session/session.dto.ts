import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Required } from '../common/validation/required.decorator';
import { PersonDto } from '../people/person.dto';

export class SignInDto {
  @ApiProperty({ example: 'bumen', description: 'the login (any case; surrounding spaces are ignored)' })
  @IsNotEmpty()
  @MaxLength(200)
  @IsString()
  @Required()
  login!: string;

  @ApiProperty({ example: 'correct horse battery' })
  @IsNotEmpty()
  @MaxLength(1024)
  @IsString()
  @Required()
  password!: string;
}

export class SessionDto {
  @ApiProperty({ type: PersonDto, description: 'who is signed in' }) person!: PersonDto;
  @ApiProperty({ description: 'send it as `X-CSRF-Token` with every POST, PUT, PATCH and DELETE made with the session cookie' })
  csrfToken!: string;
  @ApiProperty({
    format: 'date-time',
    description: 'when the session ends unless used again (8 hours after its last use, 7 days after sign-in at the latest)',
  })
  expiresAt!: string;
}

export class OidcSignInMethodDto {
  @ApiProperty({ example: '统一身份认证', description: 'what the sign-in page calls the single sign-on button' }) label!: string;
}

@ApiExtraModels(OidcSignInMethodDto)
export class SignInMethodsDto {
  @ApiProperty({ type: Boolean, enum: [true], description: 'sign-in with login and password (always offered)' }) local!: true;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(OidcSignInMethodDto) }, { type: 'null' }],
    description: 'single sign-on (OIDC) when configured, else null',
  })
  oidc!: OidcSignInMethodDto | null;
}
