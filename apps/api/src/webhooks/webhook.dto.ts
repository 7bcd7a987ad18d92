import { subscribableEventTypes } from '@closeloop/notifications';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
} from 'class-validator';
import { TimeKeyPageQuery } from '../common/validation/pagination';
import { Required } from '../common/validation/required.decorator';

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://integrator.example.gov.cn/closeloop/events',
    description:
      'the https URL the events are POSTed to; it must resolve to public addresses only (no loopback, private, link-local … networks)',
  })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false, require_host: true },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2000)
  @IsString()
  @Required()
  url!: string;

  @ApiProperty({
    type: String,
    isArray: true,
    enum: subscribableEventTypes,
    example: ['ItemFiled', 'EscalationRaised', 'ItemClosed'],
    description: 'item event types, or `*` for all of them',
  })
  @IsIn(subscribableEventTypes, { each: true, message: 'eventTypes must hold item event types or *' })
  @ArrayUnique()
  @ArrayMaxSize(subscribableEventTypes.length)
  @ArrayMinSize(1)
  @IsArray()
  @Required()
  eventTypes!: string[];

  @ApiPropertyOptional({
    writeOnly: true,
    description: 'the HMAC-SHA256 key of X-Closeloop-Signature (16–500 characters); left out, one is generated and returned once',
  })
  @IsOptional()
  @MaxLength(500)
  @MinLength(16)
  @IsNotEmpty()
  @IsString()
  secret?: string;
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: String, isArray: true }) eventTypes!: string[];
  @ApiProperty({ format: 'uuid', description: 'the principal that owns it' }) principalId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CreatedWebhookDto extends WebhookDto {
  @ApiPropertyOptional({ description: 'the generated secret, only when none was given: shown this once' }) secret?: string;
}

export class WebhookPageDto {
  @ApiProperty({ type: WebhookDto, isArray: true }) items!: WebhookDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export const deliveryStatuses = ['pending', 'sending', 'delivered', 'failed'] as const;

export class DeliveryQuery extends TimeKeyPageQuery {
  @ApiPropertyOptional({ enum: deliveryStatuses })
  @IsOptional()
  @IsIn(deliveryStatuses)
  status?: (typeof deliveryStatuses)[number];
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'the X-Closeloop-Delivery header: the same for every attempt and replay' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ enum: deliveryStatuses }) status!: string;
  @ApiProperty({ description: 'failed attempts so far (counted afresh after a replay)' }) attempts!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'when the next attempt is due, while pending' })
  nextAttemptAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deliveredAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) replayedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the body sent: { id, type, itemId, version, data, recordedAt }',
  })
  payload!: Record<string, unknown>;
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: WebhookDeliveryDto, isArray: true }) items!: WebhookDeliveryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
