import { ApiProperty } from '@nestjs/swagger';

export class ItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() planCode!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() finding!: string;
  @ApiProperty() target!: string;
  @ApiProperty({ example: 'assigned' }) status!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null for a long-term item (长期坚持)' }) deadline!: string | null;
  @ApiProperty({ nullable: true, type: String }) responsibleUnitId!: string | null;
  @ApiProperty({ nullable: true, type: String }) supervisingUnitId!: string | null;
  @ApiProperty({ format: 'date-time' }) filedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'the stream version: pass it as If-Match for optimistic concurrency' }) version!: number;
}

export class ItemEventDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'ItemFiled' }) type!: string;
  @ApiProperty() version!: number;
  @ApiProperty() globalPosition!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'actorId, role, reason, requestId, commandId' })
  metadata!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class ItemEventLogDto {
  @ApiProperty({ type: ItemEventDto, isArray: true, description: 'in stream order' }) items!: ItemEventDto[];
}
