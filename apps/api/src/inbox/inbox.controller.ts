import type { Database } from '@closeloop/db';
import { type InboxEntry, listInbox, markRead } from '@closeloop/notifications';
import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import type { Caller } from '../common/auth/principal';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { createdAtPosition, decodeTimeIdCursor, encodeTimeIdCursor } from '../common/validation/keyset-cursors';
import type { Page } from '../common/validation/pagination';
import { UUID } from '../common/validation/patterns';
import { InboxEntryDto, InboxPageDto, InboxQuery } from './inbox.dto';

/** Every principal's own notifications: reminders, warnings, escalations; newest first. */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('v1/inbox')
export class InboxController {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  @ApiOperation({ operationId: 'listInbox', summary: "The caller's notifications" })
  @Get()
  @ApiOkResponse({ type: InboxPageDto, description: "the caller's notifications, newest first, each with its deliveries per channel" })
  async list(@Query() query: InboxQuery, @CurrentCaller() { principal }: Caller): Promise<Page<InboxEntryDto>> {
    const { items, next } = await listInbox(this.db, principal.id, {
      unread: query.unread,
      limit: query.limit ?? 100,
      after: createdAtPosition(decodeTimeIdCursor(query.cursor)),
    });
    return { items: items.map(toDto), nextCursor: next ? encodeTimeIdCursor({ at: next.createdAt, id: next.id }) : null };
  }

  @ApiOperation({ operationId: 'markNotificationRead', summary: 'Mark a notification read' })
  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: InboxEntryDto, description: 'the notification, read (the first read time is kept)' })
  @ApiNotFoundResponse({ description: 'no such notification among the caller’s own' })
  async read(@Param('id') id: string, @CurrentCaller() { principal }: Caller): Promise<InboxEntryDto> {
    const entry = UUID.test(id) ? await markRead(this.db, principal.id, id.toLowerCase()) : undefined;
    if (!entry) throw ProblemException.of('not-found', `notification ${id} is not in your inbox`);
    return toDto(entry);
  }
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

function toDto(entry: InboxEntry): InboxEntryDto {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    body: entry.body,
    data: entry.data,
    itemId: entry.itemId,
    eventId: entry.eventId,
    createdAt: entry.createdAt.toISOString(),
    readAt: iso(entry.readAt),
    deliveries: entry.deliveries.map((d) => ({
      channel: d.channel,
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: iso(d.nextAttemptAt),
      deliveredAt: iso(d.deliveredAt),
      lastError: d.lastError,
    })),
  };
}
