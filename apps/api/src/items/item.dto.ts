import { ApiProperty } from '@nestjs/swagger';

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
