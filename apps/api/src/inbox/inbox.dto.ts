import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { TimeKeyPageQuery } from '../common/validation/pagination';

export class InboxQuery extends TimeKeyPageQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'only notifications not yet read' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class InboxDeliveryDto {
  @ApiProperty({ enum: ['email', 'webhook', 'dingtalk', 'wecom'] }) channel!: string;
  @ApiProperty({ enum: ['pending', 'sending', 'delivered', 'failed'] }) status!: string;
  @ApiProperty({ description: 'failed attempts so far' }) attempts!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'when the next attempt is due, while pending' })
  nextAttemptAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deliveredAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
}

export class InboxEntryDto {
  @ApiProperty({ format: 'uuid', description: 'also the X-Closeloop-Delivery header and the email Message-ID' }) id!: string;
  @ApiProperty({ example: 'deadline-approaching' }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) itemId!: string | null;
  @ApiProperty({ format: 'uuid', description: 'the event that caused it' }) eventId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt!: string | null;
  @ApiProperty({ type: InboxDeliveryDto, isArray: true, description: 'one per channel the notification goes out on' })
  deliveries!: InboxDeliveryDto[];
}

export class InboxPageDto {
  @ApiProperty({ type: InboxEntryDto, isArray: true }) items!: InboxEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
