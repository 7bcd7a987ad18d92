import type { Database } from '@closeloop/db';
import {
  InvalidPeriodError,
  type Period,
  PeriodNotOverError,
  type ReportKind,
  SETTLE_MS,
  type StoredReport,
  XLSX_CONTENT_TYPE,
  computeAndStoreReport,
  isSettled,
  parsePeriod,
  readReport,
  renderReportXlsx,
  reportFileNames,
} from '@closeloop/reports';
import { Controller, Get, Inject, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiQuery, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import type { Caller, Scope } from '../common/auth/principal';
import { Roles } from '../common/auth/roles.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { periodPatterns } from './period-patterns';
import { reportInScope } from './report-in-scope';
import { schemaRef } from '../common/openapi/response-schemas';

const JSON_TYPE = 'application/json';

/**
 * The weekly dispatch (周调度) and the monthly bulletin (月通报), computed as of each period's cut-off from
 * the event log. A stored report (the Schedules store them every Monday and every 1st at 08:00) is served
 * as is; a period that is over but not stored yet is computed and stored on the first request.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/reports')
export class ReportsController {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  @ApiOperation({ operationId: 'getWeeklyDispatch', summary: 'The weekly dispatch (周调度)' })
  @Get('dispatch')
  @Roles('leader', 'admin')
  @ApiQuery({
    name: 'week',
    required: true,
    example: '2026-W47',
    schema: { type: 'string', pattern: periodPatterns.week },
    description: 'ISO week in Asia/Shanghai (Monday 00:00 to Monday 00:00 +08:00); week 53 only in a year that has one (422 otherwise)',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx'], description: 'overrides the Accept header' })
  @ApiProduces(JSON_TYPE, XLSX_CONTENT_TYPE)
  @ApiOkResponse({
    content: {
      [JSON_TYPE]: { schema: schemaRef('DispatchReport') },
      [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
    description:
      'per responsible unit: items open, due this week, overdue, reported and not reported, reports missed; a leader sees the units in its scope, with totals over those',
  })
  dispatch(
    @Query('week') week: unknown,
    @Query('format') format: unknown,
    @CurrentCaller() caller: Caller,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<object | StreamableFile> {
    return this.respond('dispatch', 'week', week, format, caller.scope, request, response);
  }

  @ApiOperation({ operationId: 'getMonthlyBulletin', summary: 'The monthly bulletin (月通报)' })
  @Get('bulletin')
  @Roles('leader', 'admin')
  @ApiQuery({
    name: 'month',
    required: true,
    example: '2026-11',
    schema: { type: 'string', pattern: periodPatterns.month },
    description: 'month in Asia/Shanghai',
  })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'xlsx'], description: 'overrides the Accept header' })
  @ApiProduces(JSON_TYPE, XLSX_CONTENT_TYPE)
  @ApiOkResponse({
    content: {
      [JSON_TYPE]: { schema: schemaRef('BulletinReport') },
      [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
    description:
      'units ranked by on-time closure and reporting timeliness, with the bottom units named (排名靠后); a leader sees the units in its scope, each with its rank in the whole bulletin',
  })
  bulletin(
    @Query('month') month: unknown,
    @Query('format') format: unknown,
    @CurrentCaller() caller: Caller,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<object | StreamableFile> {
    return this.respond('bulletin', 'month', month, format, caller.scope, request, response);
  }

  private async respond(
    kind: ReportKind,
    field: string,
    value: unknown,
    format: unknown,
    scope: Scope,
    request: Request,
    response: Response,
  ): Promise<object | StreamableFile> {
    const period = parseOrProblem(kind, field, value);
    const asXlsx = wantsXlsx(format, request);
    const stored = await this.storedOrComputed(period);
    const data = reportInScope(stored.data, scope);
    response.setHeader('Vary', 'Accept');
    if (!asXlsx) return { ...data, computedAt: stored.computedAt.toISOString() };
    const { ascii, utf8 } = reportFileNames(data);
    return new StreamableFile(await renderReportXlsx(data), {
      type: XLSX_CONTENT_TYPE,
      disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(utf8)}`,
    });
  }

  private async storedOrComputed(period: Period): Promise<StoredReport> {
    const stored = await readReport(this.db, period.kind, period.id);
    if (stored) return stored;
    try {
      if (!isSettled(period, new Date())) throw new PeriodNotOverError(period);
      return await computeAndStoreReport(this.db, period.kind, period.id);
    } catch (error) {
      if (error instanceof PeriodNotOverError) {
        const from = new Date(period.end.getTime() + SETTLE_MS).toISOString();
        throw ProblemException.of('period-not-over', `${period.id} is not over yet; its report is available from ${from}`);
      }
      throw error;
    }
  }
}

function parseOrProblem(kind: ReportKind, field: string, value: unknown): Period {
  const example = kind === 'dispatch' ? '2026-W47' : '2026-11';
  if (typeof value !== 'string' || value === '') {
    const message = `is required once, e.g. ${field}=${example}`;
    throw ProblemException.of('validation', `${field} ${message}`, [{ field, message }]);
  }
  try {
    return parsePeriod(kind, value);
  } catch (error) {
    if (!(error instanceof InvalidPeriodError)) throw error;
    const wellFormed = new RegExp(periodPatterns[kind === 'dispatch' ? 'week' : 'month']).test(value);
    throw ProblemException.of(wellFormed ? 'no-such-period' : 'invalid-period', error.message, [{ field, message: error.message }]);
  }
}

/** `?format=xlsx|json` wins; otherwise the Accept header, JSON by default. */
function wantsXlsx(format: unknown, request: Request): boolean {
  if (format !== undefined) {
    if (format === 'xlsx') return true;
    if (format === 'json') return false;
    const message = 'must be json or xlsx';
    throw ProblemException.of('validation', `format ${message}`, [{ field: 'format', message }]);
  }
  return request.accepts([JSON_TYPE, XLSX_CONTENT_TYPE]) === XLSX_CONTENT_TYPE;
}
