import { calendarYears } from '@closeloop/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DATE } from '../common/validation/patterns';
import { ApiSchemaExtension } from '../common/openapi/validation-schema';
import { Required } from '../common/validation/required.decorator';

/** What the schema cannot state (rules between days, and with the path's year); the API answers 422 when one fails. */
const CALENDAR_RULES =
  'every date exists and lies in the year of the path, no date is listed twice, no holiday is also a make-up working day, every make-up working day is a Saturday or Sunday, and no name is blank';

const yearMessage = `year must be a year from ${calendarYears.first} to ${calendarYears.last}`;

export class CalendarYearParams {
  @ApiProperty({ example: 2026, minimum: calendarYears.first, maximum: calendarYears.last })
  @Max(calendarYears.last, { message: yearMessage })
  @Min(calendarYears.first, { message: yearMessage })
  @IsInt({ message: yearMessage })
  @Transform(({ value }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  year!: number;
}

export class CalendarDayDto {
  @ApiProperty({ example: '2026-02-16', format: 'date' })
  @Matches(DATE, { message: 'date must be a date as YYYY-MM-DD' })
  @IsString()
  @Required()
  date!: string;

  @ApiProperty({ example: '春节', description: 'the festival the day belongs to' })
  @IsNotEmpty()
  @MaxLength(100)
  @IsString()
  @Required()
  name!: string;
}

@ApiSchemaExtension({ description: `The year's holidays and make-up working days. Beyond this schema: ${CALENDAR_RULES} (422 otherwise).` })
export class ReplaceCalendarDto {
  @ApiProperty({
    type: [CalendarDayDto],
    description: 'statutory holidays (法定节假日) of the year, the weekend days inside a holiday block included',
    example: [{ date: '2026-02-16', name: '春节' }],
  })
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  @IsArray()
  @Required()
  holidays!: CalendarDayDto[];

  @ApiProperty({
    type: [CalendarDayDto],
    description: 'make-up working days (调休上班): Saturdays and Sundays that are working days',
    example: [{ date: '2026-02-14', name: '春节' }],
  })
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  @IsArray()
  @Required()
  workdays!: CalendarDayDto[];
}

export class CalendarYearDto {
  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({ type: [CalendarDayDto], description: 'holidays in date order; other days follow the week (Mon–Fri work)' })
  holidays!: CalendarDayDto[];

  @ApiProperty({ type: [CalendarDayDto], description: 'make-up working days in date order' })
  workdays!: CalendarDayDto[];
}

/** The re-plan a calendar change starts: a workflow that sends every open item reaching into the year its new calendar. */
export class CalendarReplanDto {
  @ApiProperty({ example: 'calendar-replan-2026-v2', description: 'the Temporal workflow id of the re-plan' })
  workflowId!: string;

  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({ example: 2, description: 'the version of the stream calendar-<year> that the change recorded' })
  calendarVersion!: number;

  @ApiProperty({ example: 12, description: 'open items whose timers can reach into the year when the re-plan started' })
  total!: number;

  @ApiProperty({ example: 12, description: 'items that recorded CalendarApplied: their timers follow the new calendar' })
  replanned!: number;

  @ApiProperty({ example: 0, description: 'items that refused or had nothing to record (closed or consolidated since)' })
  unchanged!: number;

  @ApiProperty({ example: 0, description: 'items still unreachable after every retry: their timers follow the calendar they had' })
  failed!: number;

  @ApiProperty({ example: true, description: 'whether every item has been handled (replanned + unchanged + failed = total)' })
  done!: boolean;
}

export class ReplacedCalendarYearDto extends CalendarYearDto {
  @ApiProperty({
    example: 0,
    description:
      'open items whose timers were re-planned on the new calendar by the time of this answer (replan.replanned): all of them when replan.done; otherwise follow GET /v1/calendar/{year}/replan',
  })
  replannedItems!: number;

  @ApiProperty({
    type: CalendarReplanDto,
    description: 'the re-plan this change started, as far as it had come when the answer was given (it waits up to 5 s)',
  })
  replan!: CalendarReplanDto;
}
