import { roles } from '@closeloop/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Who caused an event, in which role, for which request, and why: the timeline's 谁/何时/为何 (the when is `recordedAt`). */
export class EventMetadataDto {
  @ApiProperty({ description: 'the principal (a person or a key), or `system` for what the timers did' }) actorId!: string;
  @ApiPropertyOptional({
    description: "the principal's name when it acted (absent for the system and on events recorded before names were)",
  })
  actorName?: string;
  @ApiProperty({ enum: [...roles, 'system'] }) role!: string;
  @ApiPropertyOptional({ type: [String], description: "the principal's own units when it acted (not the sub-units its scope takes in)" })
  actorUnitIds?: string[];
  @ApiProperty({ format: 'uuid', description: 'the command the event came from' }) commandId!: string;
  @ApiPropertyOptional({ description: 'the request (X-Request-Id) the command came in' }) requestId?: string;
  @ApiPropertyOptional({ description: 'the reason the actor gave' }) reason?: string;
}

export class ItemEventDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'ItemFiled' }) type!: string;
  @ApiProperty() version!: number;
  @ApiProperty() globalPosition!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ type: EventMetadataDto }) metadata!: EventMetadataDto;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class ItemEventLogDto {
  @ApiProperty({ type: ItemEventDto, isArray: true, description: 'in stream order' }) items!: ItemEventDto[];
}
