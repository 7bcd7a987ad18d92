import { readCalendarYear } from '@closeloop/calendar';
import type { Database } from '@closeloop/db';
import { type CalendarDay, type CalendarYear, calendarYearErrors } from '@closeloop/domain';
import { type EventStore, StreamVersionConflict } from '@closeloop/event-store';
import { Body, Controller, Get, HttpCode, Inject, Param, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ProblemException } from '../problem/problem.exception';
import { requestIdOf } from '../request-id/request-id.middleware';
import { DB, EVENT_STORE } from '../tokens';
import { CalendarReplanner } from './calendar-replanner';
import { CalendarYearDto, CalendarYearParams, ReplaceCalendarDto, ReplacedCalendarYearDto } from './calendar.dto';
import { recordCalendarChange } from './record-calendar-change';

const inDateOrder = (days: CalendarDay[]): CalendarDay[] =>
  days.map(({ date, name }) => ({ date, name: name.trim() })).sort((a, b) => a.date.localeCompare(b.date));

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
    const days: CalendarYear = { year, holidays: inDateOrder(body.holidays), workdays: inDateOrder(body.workdays) };
    // Checked in the order given, so each error names the field the caller sent. Well-formed (the schema holds)
    // but not a possible year: rules between fields and the path's year, hence 422 rather than 400.
    const errors = calendarYearErrors({ year, holidays: body.holidays, workdays: body.workdays });
    if (errors.length > 0) {
      throw ProblemException.of('invalid-calendar', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    }
    const metadata = { commandId: randomUUID(), actorId: principal.id, role: principal.role, requestId: requestIdOf(request) };
    try {
      await recordCalendarChange(this.db, this.eventStore, days, metadata);
    } catch (error) {
      if (error instanceof StreamVersionConflict) {
        throw ProblemException.of('calendar-conflict', `calendar ${year} kept changing; try again`);
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
