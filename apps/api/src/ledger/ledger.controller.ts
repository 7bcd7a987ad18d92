/// <reference types="multer" />
import type { Database } from '@closeloop/db';
import { type PlanView, findPlan } from '@closeloop/read-models';
import { XLSX_CONTENT_TYPE } from '@closeloop/reports';
import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiProduces, ApiQuery, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import { Command, type CommandContext } from '../common/auth/command.decorator';
import type { Caller } from '../common/auth/principal';
import { Roles } from '../common/auth/roles.decorator';
import { ApiRequestContent } from '../common/openapi/request-content';
import { isPlanVisible } from '../plans/plan-visibility';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { type ImportCheck, type ImportResult, LedgerImport } from './ledger-import';
import { ledgerRows, writeLedgerCsv, writeLedgerJson, writeLedgerXlsx } from './ledger-export';
import { UnreadableSheet, readSheet } from './spreadsheet-rows';
import { MAX_SHEET_BYTES, SHEET_FIELD, sheetBytes } from './uploaded-sheet';
import { schemaRef } from '../common/openapi/response-schemas';

const CSV_TYPE = 'text/csv';
const JSON_TYPE = 'application/json';

/**
 * The ledger (台账) in and out as a spreadsheet: `POST /v1/plans/{id}/items:import` files a plan office's sheet
 * all-or-nothing; `GET /v1/plans/{id}/ledger` streams the items the caller may see as JSON, CSV or XLSX.
 */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('v1/plans')
export class LedgerController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly ledgerImport: LedgerImport,
  ) {}

  @ApiOperation({ operationId: 'importPlanItems', summary: "Import a plan's items from a spreadsheet" })
  @Post(':id/items\\:import')
  @HttpCode(200)
  @Roles('admin', 'integrator')
  @UseInterceptors(FileInterceptor(SHEET_FIELD, { limits: { fileSize: MAX_SHEET_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data', CSV_TYPE, XLSX_CONTENT_TYPE)
  @ApiRequestContent({
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: [SHEET_FIELD],
        additionalProperties: false,
        properties: { [SHEET_FIELD]: { type: 'string', format: 'binary' } },
      },
    },
    [CSV_TYPE]: { schema: { type: 'string', format: 'binary' } },
    [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
  })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: 'validate every row and report errors, writing nothing' })
  @ApiOkResponse({
    schema: { oneOf: [schemaRef('ImportResult'), schemaRef('ImportCheck')] },
    description: 'the rows filed; with dryRun, the check of every row (nothing written)',
  })
  async import(
    @Param('id') planId: string,
    @Query('dryRun') dryRun: unknown,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Command() { caller, metadata }: CommandContext,
    @Req() request: Request,
  ): Promise<ImportCheck | ImportResult> {
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') {
      throw ProblemException.of('validation', 'dryRun must be true or false', [{ field: 'dryRun', message: 'must be true or false' }]);
    }
    const plan = await this.plan(planId);
    // A plan outside the caller's scope is one that does not exist, as for its ledger.
    if (!(await isPlanVisible(this.db, plan, caller.scope))) throw notFound(planId);
    const buffer = await sheetBytes(file, request);
    let sheet;
    try {
      sheet = await readSheet(buffer);
    } catch (error) {
      if (!(error instanceof UnreadableSheet)) throw error;
      throw ProblemException.of('unreadable-sheet', error.message, [{ field: 'file', message: error.message }]);
    }
    const { check, planned } = await this.ledgerImport.check(plan, sheet, metadata);
    if (dryRun === 'true') return check;
    if (check.errors.length > 0) {
      const detail = `${check.errors.length} error(s) in ${new Set(check.errors.map((e) => e.row)).size} row(s); nothing was imported`;
      throw ProblemException.of('invalid-rows', detail, undefined, { rows: check.rows, valid: check.valid, errors: check.errors });
    }
    return this.ledgerImport.run(plan, planned, metadata);
  }

  @ApiOperation({ operationId: 'getPlanLedger', summary: "A plan's ledger (台账) as JSON, CSV or XLSX" })
  @Get(':id/ledger')
  @ApiProduces(JSON_TYPE, CSV_TYPE, XLSX_CONTENT_TYPE)
  @ApiOkResponse({
    content: {
      [JSON_TYPE]: { schema: schemaRef('Ledger') },
      [CSV_TYPE]: { schema: { type: 'string', description: 'UTF-8 with a BOM, the Chinese headers first' } },
      [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
    description:
      "the plan's ledger (台账): the items in the caller's scope, by Accept as JSON (default), CSV or XLSX; 404 when the caller's scope covers neither the plan's owner unit nor any of its items",
  })
  async ledger(
    @Param('id') planId: string,
    @CurrentCaller() { scope }: Caller,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const plan = await this.plan(planId);
    if (!(await isPlanVisible(this.db, plan, scope))) throw notFound(planId);
    const rows = ledgerRows(this.db, { planCode: plan.id, scope });
    const format = request.accepts([JSON_TYPE, CSV_TYPE, XLSX_CONTENT_TYPE]) || JSON_TYPE;
    response.setHeader('Vary', 'Accept');
    const name = `${plan.id}-台账`;
    const disposition = (ext: string) =>
      `attachment; filename="${plan.id.replace(/[^A-Za-z0-9._-]/g, '_')}-ledger.${ext}"; filename*=UTF-8''${encodeURIComponent(`${name}.${ext}`)}`;
    try {
      if (format === XLSX_CONTENT_TYPE) {
        response.status(200).type(XLSX_CONTENT_TYPE).setHeader('Content-Disposition', disposition('xlsx'));
        await writeLedgerXlsx(rows, plan.title, response);
      } else if (format === CSV_TYPE) {
        response.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', disposition('csv'));
        await writeLedgerCsv(rows, response);
      } else {
        response
          .status(200)
          .type('application/json; charset=utf-8')
          .setHeader('Content-Disposition', `inline; filename="${plan.id.replace(/[^A-Za-z0-9._-]/g, '_')}-ledger.json"`);
        await writeLedgerJson(rows, plan.id, response);
      }
    } catch (error) {
      // Headers are gone by now: cut the response short rather than send a truncated file as if whole.
      response.destroy(error as Error);
    }
  }

  private async plan(planId: string): Promise<PlanView> {
    const plan = await findPlan(this.db, planId);
    if (!plan) throw notFound(planId);
    return plan;
  }
}

const notFound = (planId: string) => ProblemException.of('not-found', `no plan ${planId}`);
