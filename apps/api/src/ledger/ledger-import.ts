import type { Database } from '@closeloop/db';
import { type CommandMetadata, decide, initialState } from '@closeloop/domain';
import type { EventStore } from '@closeloop/event-store';
import { itemStreamId } from '@closeloop/contracts';
import { type PlanView } from '@closeloop/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { type Kysely, sql } from 'kysely';
import { type ItemFilingInput, ItemFiling, fileItemCommand } from '../items/item-filing';
import { itemIdFor } from '../items/item-id';
import { DB, EVENT_STORE } from '../common/tokens';
import { type RowError, type UnitDirectory, type ValidRow, unitDirectory, validateRows } from './item-rows';
import type { Sheet } from './spreadsheet-rows';

export interface ImportCheck {
  rows: number;
  /** How many rows are valid. */
  valid: number;
  /** Of the valid rows, how many are already filed with the same content (a re-import skips them). */
  unchanged: number;
  errors: RowError[];
}

export interface ImportResult {
  imported: number;
  unchanged: number;
  /** The item ids, in row order (imported and unchanged). */
  items: string[];
}

interface PlannedRow extends ValidRow {
  itemId: string;
  alreadyFiled: boolean;
}

/** What was filed, in the shape a row is compared in. */
const comparable = (input: Partial<ItemFilingInput>) =>
  JSON.stringify([
    input.code,
    input.title,
    input.finding,
    input.target,
    input.measures ?? [],
    input.kind,
    input.indicator ?? null,
    input.deadline ?? null,
    (input.milestones ?? []).map((m) => [m.id, m.title, m.due]),
    input.responsibleUnitId,
    input.cooperatingUnitIds ?? [],
    input.responsiblePerson ?? null,
    input.supervisingUnitId,
    input.leaderInCharge ?? null,
  ]);

/**
 * The spreadsheet import: every row is checked first, by the item decider itself; only a file without a single
 * bad row is filed, row by row, through the same path as `POST /v1/items`. Items are keyed by plan + 序号, so a
 * row filed before with the same content is skipped (unchanged) and a re-import never makes twins; a row whose
 * 序号 was filed with other content is an error (change a filed item through its own commands).
 */
@Injectable()
export class LedgerImport {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly filing: ItemFiling,
  ) {}

  /**
   * Files nothing: parses every row and decides its FileItem with the item decider, as the importer (`metadata`).
   * Units are looked up among those in the importer's scope only: a unit outside it reads as one that does not
   * exist, and a shared name counts only the candidates in scope (no id or name outside the scope is revealed).
   */
  async check(
    plan: PlanView,
    sheet: Sheet,
    metadata: CommandMetadata,
    now = new Date(),
  ): Promise<{ check: ImportCheck; planned: PlannedRow[] }> {
    const decideFiling = (input: ItemFilingInput) => void decide(fileItemCommand(plan, input, metadata), initialState(), now);
    const { valid, errors } = validateRows(sheet, await this.unitDirectory(metadata.scope), decideFiling);
    const planned: PlannedRow[] = [];
    for (const row of valid) {
      const itemId = itemIdFor(plan.id, row.input.code);
      const filed = await this.filedAs(itemId);
      if (filed === undefined) planned.push({ ...row, itemId, alreadyFiled: false });
      else if (filed === comparable(row.input)) planned.push({ ...row, itemId, alreadyFiled: true });
      else {
        errors.push({
          row: row.row,
          field: '序号',
          message: `item ${row.input.code} is already filed in plan ${plan.id} with other content; change it through its own commands`,
        });
      }
    }
    errors.sort((a, b) => a.row - b.row);
    const check = { rows: sheet.rows.length, valid: planned.length, unchanged: planned.filter((p) => p.alreadyFiled).length, errors };
    return { check, planned };
  }

  /** Files the rows not filed yet, as the importer (`metadata`: the same as `check`'s); call only after `check` found no errors. */
  async run(plan: PlanView, planned: PlannedRow[], metadata: CommandMetadata): Promise<ImportResult> {
    let imported = 0;
    for (const row of planned) {
      if (row.alreadyFiled) continue;
      await this.filing.file(plan, row.input, metadata);
      imported++;
    }
    return { imported, unchanged: planned.length - imported, items: planned.map((p) => p.itemId) };
  }

  private async filedAs(itemId: string): Promise<string | undefined> {
    const events = await this.eventStore.readStream(itemStreamId(itemId));
    const filed = events.find((e) => e.type === 'ItemFiled')?.data as Partial<ItemFilingInput> | undefined;
    const assigned = events.find((e) => e.type === 'ItemAssigned')?.data as Partial<ItemFilingInput> | undefined;
    return filed ? comparable({ ...filed, ...assigned }) : undefined;
  }

  /** The units an importer may name: all for an admin, else those in its scope. */
  private async unitDirectory(scope: CommandMetadata['scope']): Promise<UnitDirectory> {
    let units = this.db.selectFrom('units').select(['id', 'name']);
    if (scope !== 'all') units = scope.length > 0 ? units.where('id', 'in', [...scope]) : units.where(sql<boolean>`false`);
    return unitDirectory(await units.execute());
  }
}
