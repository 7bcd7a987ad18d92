import { calendarStreamId, readCalendarYear } from '@closeloop/calendar';
import type { Database } from '@closeloop/db';
import { type CalendarYear, type ChangeCalendar, calendarYearDecider } from '@closeloop/domain';
import { type EventStore, StreamVersionConflict } from '@closeloop/event-store';
import { Body, Controller, Get, HttpCode, Inject, Param, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Kysely } from 'kysely';
import { commandMetadata } from '../auth/command-metadata';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { type RefusalProblems, handleStreamCommand } from '../commands/stream-commands';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ProblemException } from '../problem/problem.exception';
import { requestIdOf } from '../request-id/request-id.middleware';
import { DB, EVENT_STORE } from '../tokens';
import { CalendarReplanner } from './calendar-replanner';
import { CalendarYearDto, CalendarYearParams, ReplaceCalendarDto, ReplacedCalendarYearDto } from './calendar.dto';

/** Well-formed (the schema holds) but not a possible year: rules between fields and the path's year, hence 422 rather than 400. */
const calendarProblems: RefusalProblems = { 'invalid-calendar': { status: 422, title: 'Not a possible calendar year' } };

/** The working-day calendar (法定节假日、调休) of Asia/Shanghai, one year at a time. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('v1/calendar')
export class CalendarController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly replanner: CalendarReplanner,
  ) {}

  @Get(':year')
  @ApiOkResponse({ type: CalendarYearDto, description: 'the holidays and make-up working days of the year' })
  async get(@Param() { year }: CalendarYearParams): Promise<CalendarYear> {
    return readCalendarYear(this.db, year);
  }

  @Put(':year')
  @HttpCode(200)
  @Roles('admin')
  @Idempotent()
  @ApiOkResponse({ type: ReplacedCalendarYearDto, description: 'the year as stored, and how many open items were re-planned' })
  async replace(
    @Param() { year }: CalendarYearParams,
    @Body() body: ReplaceCalendarDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ): Promise<CalendarYear & { replannedItems: number }> {
    const command: ChangeCalendar = {
      type: 'ChangeCalendar',
      data: { year, holidays: body.holidays, workdays: body.workdays },
      metadata: await commandMetadata(this.db, principal, request),
    };
    try {
      // calendar_days is an inline projection of CalendarChanged: the rows commit with the event.
      await handleStreamCommand(this.eventStore, calendarStreamId(year), calendarYearDecider, command, calendarProblems);
    } catch (error) {
      if (error instanceof StreamVersionConflict) {
        throw ProblemException.of(409, 'calendar-conflict', 'Calendar changed concurrently', `calendar ${year} kept changing; try again`);
      }
      throw error;
    }
    const stored = await readCalendarYear(this.db, year);
    const replannedItems = await this.replanner.replanOpenItems(year, {
      actorId: principal.id,
      role: principal.role,
      scope: 'all',
      requestId: requestIdOf(request),
      reason: `calendar ${year} changed`,
    });
    return { ...stored, replannedItems };
  }
}
