import { type Channel, channels } from '@closeloop/notifications';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  type ValidationArguments,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  Validate,
  isEmail,
  isURL,
} from 'class-validator';
import { ApiSchemaExtension, EMAIL_PATTERN, HTTP_URL_PATTERN } from '../common/openapi/validation-schema';
import { Required } from '../common/validation/required.decorator';

/** An email address for `email`; an http(s) URL for `webhook`, `dingtalk` and `wecom`. */
@ValidatorConstraint({ name: 'channelAddress' })
export class ChannelAddress implements ValidatorConstraintInterface {
  validate(address: unknown, args: ValidationArguments): boolean {
    if (typeof address !== 'string') return false;
    const { channel } = args.object as { channel?: string };
    if (channel === 'email') return isEmail(address);
    return isURL(address, { protocols: ['http', 'https'], require_protocol: true, require_tld: false, require_host: true });
  }

  defaultMessage(args: ValidationArguments): string {
    const { channel } = args.object as { channel?: string };
    return channel === 'email' ? 'address must be an email address' : 'address must be an http(s) URL';
  }
}

@ApiSchemaExtension({
  if: { properties: { channel: { const: 'email' } } },
  then: { properties: { address: { pattern: EMAIL_PATTERN } } },
  else: { properties: { address: { format: 'uri', pattern: HTTP_URL_PATTERN } } },
})
export class ChannelPreferenceDto {
  @ApiProperty({ enum: channels })
  @IsIn(channels)
  @Required()
  channel!: Channel;

  @ApiProperty({
    example: 'https://oapi.dingtalk.com/robot/send?access_token=…',
    description:
      'an email address for email; for webhook, dingtalk and wecom an https URL that resolves to public addresses only (no loopback, private, link-local … networks)',
  })
  @Validate(ChannelAddress)
  @MaxLength(2000)
  @IsNotEmpty()
  @IsString()
  @Required()
  address!: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    writeOnly: true,
    description:
      'webhook: the HMAC-SHA256 key of X-Closeloop-Signature; dingtalk: the robot signing secret (SEC…). Never returned. ' +
      'Left out: the secret this channel already has is kept; null: cleared.',
  })
  @IsOptional()
  @MaxLength(500)
  @IsNotEmpty()
  @IsString()
  secret?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

// ArrayUnique by channel: each channel at most once.
@ApiSchemaExtension({
  properties: {
    channels: {
      type: 'array',
      maxItems: channels.length,
      items: { $ref: '#/components/schemas/ChannelPreferenceDto' },
      description: 'the whole set, at most one per channel; replaces the current one',
      allOf: channels.map((channel) => ({ contains: { properties: { channel: { const: channel } } }, minContains: 0, maxContains: 1 })),
    },
  },
})
export class PutChannelsDto {
  @ApiProperty({
    type: ChannelPreferenceDto,
    isArray: true,
    description: 'the whole set, at most one per channel; replaces the current one',
  })
  @ValidateNested({ each: true })
  @Type(() => ChannelPreferenceDto)
  @ArrayUnique((c: ChannelPreferenceDto) => c?.channel, { message: 'channels must name each channel at most once' })
  @ArrayMaxSize(channels.length)
  @IsArray()
  @Required()
  channels!: ChannelPreferenceDto[];
}

export class ChannelDto {
  @ApiProperty({ enum: channels }) channel!: Channel;
  @ApiProperty() address!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ description: 'whether a secret is set (secrets are never returned)' }) hasSecret!: boolean;
}

export class ChannelsDto {
  @ApiProperty({ type: ChannelDto, isArray: true }) channels!: ChannelDto[];
}
