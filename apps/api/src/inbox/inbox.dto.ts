import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
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

/** Up to this many items a request: a page of a list (its ids fit in a URL). */
export const MAX_UNREAD_ITEMS = 100;
const uuid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
export const ITEM_ID_LIST = new RegExp(`^${uuid}(,${uuid}){0,${MAX_UNREAD_ITEMS - 1}}$`);

export class UnreadCountsQuery {
  @ApiPropertyOptional({
    description: `item ids separated by commas (up to ${MAX_UNREAD_ITEMS}: the items of a page of a list), e.g. \`items=<id>,<id>\``,
  })
  @IsOptional()
  @Matches(ITEM_ID_LIST, { message: `items must be up to ${MAX_UNREAD_ITEMS} item ids separated by commas` })
  items?: string;
}

export class UnreadItemCountDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ minimum: 0, description: "the caller's unread notifications about the item (reminders, warnings, escalations)" })
  unread!: number;
}

export class UnreadCountsDto {
  @ApiProperty({ minimum: 0, description: "all the caller's unread notifications (the inbox badge)" }) total!: number;
  @ApiProperty({ type: UnreadItemCountDto, isArray: true, description: 'one per item asked for, in the order asked (0 for none)' })
  items!: UnreadItemCountDto[];
}
