import { readCalendarYear } from '@closeloop/calendar';
import { calendarStreamId } from '@closeloop/contracts';
import type { Database } from '@closeloop/db';
import { type CalendarYear, type ChangeCalendar, calendarYearDecider } from '@closeloop/domain';
import { type EventStore, StreamVersionConflict } from '@closeloop/event-store';
import { Body, Controller, Get, HttpCode, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { Command, type CommandContext } from '../common/auth/command.decorator';
import { Roles } from '../common/auth/roles.decorator';
import { type RefusalProblems, handleStreamCommand } from '../common/commands/stream-commands';
import { Idempotent } from '../common/idempotency/idempotent.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { DB, EVENT_STORE } from '../common/tokens';
import { type CalendarReplan, CalendarReplans } from './calendar-replans';
import { CalendarReplanDto, CalendarYearDto, CalendarYearParams, ReplaceCalendarDto, ReplacedCalendarYearDto } from './calendar.dto';

/** Well-formed (the schema holds) but not a possible year: rules between fields and the path's year, hence 422 rather than 400. */
/** How long a PUT waits for the re-plan it started before answering with its progress so far. */
const REPLAN_WAIT_MS = 5_000;

const calendarProblems: RefusalProblems = { 'invalid-calendar': 'invalid-calendar' };

/** The working-day calendar (法定节假日、调休) of Asia/Shanghai, one year at a time. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('v1/calendar')
export class CalendarController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly replans: CalendarReplans,
  ) {}

  @ApiOperation({ operationId: 'getCalendarYear', summary: 'The working calendar of a year' })
  @Get(':year')
  @ApiOkResponse({ type: CalendarYearDto, description: 'the holidays and make-up working days of the year' })
  async get(@Param() { year }: CalendarYearParams): Promise<CalendarYear> {
    return readCalendarYear(this.db, year);
  }

  @ApiOperation({ operationId: 'replaceCalendarYear', summary: "Replace a year's holidays and make-up working days" })
  @Put(':year')
  @HttpCode(200)
  @Roles('admin')
  @Idempotent()
  @ApiOkResponse({ type: ReplacedCalendarYearDto, description: 'the year as stored, and the re-plan of the open items it started' })
  async replace(
    @Param() { year }: CalendarYearParams,
    @Body() body: ReplaceCalendarDto,
    @Command() { metadata }: CommandContext,
  ): Promise<CalendarYear & { replannedItems: number; replan: CalendarReplan }> {
    const command: ChangeCalendar = { type: 'ChangeCalendar', data: { year, holidays: body.holidays, workdays: body.workdays }, metadata };
    let calendarVersion: number;
    try {
      // calendar_days is an inline projection of CalendarChanged: the rows commit with the event.
      ({ version: calendarVersion } = await handleStreamCommand(
        this.eventStore,
        calendarStreamId(year),
        calendarYearDecider,
        command,
        calendarProblems,
      ));
    } catch (error) {
      if (error instanceof StreamVersionConflict) {
        throw ProblemException.of('calendar-conflict', `calendar ${year} kept changing; try again`);
      }
      throw error;
    }
    const stored = await readCalendarYear(this.db, year);
    // The re-plan is a workflow; the answer waits a little for it, which is all it takes for a few hundred items.
    const { commandId: _commandId, ...who } = metadata;
    const replan = await this.replans.start(year, calendarVersion, { ...who, reason: `calendar ${year} changed` }, REPLAN_WAIT_MS);
    return { ...stored, replannedItems: replan.replanned, replan };
  }

  @ApiOperation({ operationId: 'getCalendarReplan', summary: "Progress of the re-plan after a year's last change" })
  @Get(':year/replan')
  @Roles('admin')
  @ApiOkResponse({ type: CalendarReplanDto, description: "the progress of the re-plan after the year's last change" })
  async replan(@Param() { year }: CalendarYearParams): Promise<CalendarReplan> {
    const version = (await this.eventStore.readStream(calendarStreamId(year))).at(-1)?.streamVersion ?? 0;
    const replan = version > 0 ? await this.replans.progress(year, version) : undefined;
    if (!replan) throw ProblemException.of('not-found', `no re-plan of calendar ${year}: the year was never changed here`);
    return replan;
  }
}
