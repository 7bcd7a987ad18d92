import type { Database } from '@closeloop/db';
import { neutraliseRow } from '@closeloop/reports';
import { type ItemCursor, type ItemFilter, type ItemView, listItemsJson } from '@closeloop/read-models';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export const LEDGER_COLUMNS = [
  '序号',
  '问题',
  '整改目标',
  '责任单位',
  '督导单位',
  '整改时限',
  '原整改时限',
  '进度',
  '状态',
  '红黄绿灯',
  '预警等级',
] as const;

const statusLabels: Record<string, string> = {
  assigned: '已交办',
  in_progress: '整改中',
  in_public_notice: '公示中',
  awaiting_verification: '待验收',
  closed: '已销号',
  consolidated: '已巩固',
};
const lightLabels: Record<string, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
const levelLabels: Record<string, string> = {
  warning: '预警',
  bulletin: '通报',
  supervision: '督办',
  summons: '约谈',
  accountability: '问责',
};
/** Cell fills for the traffic light column. */
export const LIGHT_FILL_ARGB: Record<string, string> = { green: 'FFC6EFCE', yellow: 'FFFFEB9C', red: 'FFFFC7CE' };

/** One ledger line, in JSON. */
export interface LedgerRow {
  itemId: string;
  code: string;
  finding: string;
  target: string;
  responsibleUnitId: string | null;
  responsibleUnit: string | null;
  supervisingUnitId: string | null;
  supervisingUnit: string | null;
  kind: ItemView['kind'];
  deadline: string | null;
  originalDeadline: string | null;
  percent: number;
  status: ItemView['status'];
  light: ItemView['light'];
  escalationLevel: string | null;
  overdue: boolean;
}

const PAGE = 200;

/** Pages through the plan's items in the caller's scope, filing order, with unit names. */
export async function* ledgerRows(db: Kysely<Database>, filter: ItemFilter): AsyncGenerator<LedgerRow> {
  const names = new Map((await db.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : null);
  let after: ItemCursor | undefined;
  do {
    const page = await listItemsJson(db, filter, { limit: PAGE, after });
    for (const item of JSON.parse(page.itemsJson) as ItemView[]) {
      yield {
        itemId: item.id,
        code: item.code,
        finding: item.finding,
        target: item.target,
        responsibleUnitId: item.responsibleUnitId,
        responsibleUnit: name(item.responsibleUnitId),
        supervisingUnitId: item.supervisingUnitId,
        supervisingUnit: name(item.supervisingUnitId),
        kind: item.kind,
        deadline: item.deadline,
        originalDeadline: item.originalDeadline,
        percent: item.percent,
        status: item.status,
        light: item.light,
        escalationLevel: item.escalation.level,
        overdue: item.overdue,
      };
    }
    after = page.next;
  } while (after);
}

/** The row under the Chinese headers, neutralised against formula injection (CSV and XLSX alike). */
export function ledgerCells(row: LedgerRow): (string | number)[] {
  return neutraliseRow([
    row.code,
    row.finding,
    row.target,
    row.responsibleUnit ?? '',
    row.supervisingUnit ?? '',
    row.deadline ?? (row.kind === 'long_term' ? '长期坚持' : ''),
    row.originalDeadline ?? '',
    `${row.percent}%`,
    statusLabels[row.status] ?? row.status,
    lightLabels[row.light] ?? row.light,
    row.escalationLevel ? (levelLabels[row.escalationLevel] ?? row.escalationLevel) : '',
  ]);
}

async function write(stream: Writable, chunk: unknown): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** JSON, written as the pages come: `{"planId": …, "items": [ … ]}`. */
export async function writeLedgerJson(rows: AsyncIterable<LedgerRow>, planId: string, out: Writable): Promise<void> {
  await write(out, `{"planId":${JSON.stringify(planId)},"columns":${JSON.stringify(LEDGER_COLUMNS)},"items":[`);
  let first = true;
  for await (const row of rows) {
    await write(out, `${first ? '' : ','}${JSON.stringify(row)}`);
    first = false;
  }
  out.end(']}');
}

/** CSV with a BOM (so Excel reads the Chinese) and the header row. */
export async function writeLedgerCsv(rows: AsyncIterable<LedgerRow>, out: Writable): Promise<void> {
  const csv = stringify({ bom: true, header: true, columns: [...LEDGER_COLUMNS] });
  csv.pipe(out);
  for await (const row of rows) await write(csv, ledgerCells(row));
  csv.end();
  await once(out, 'finish');
}

/** XLSX streamed with exceljs' WorkbookWriter: header row frozen, the traffic light as a cell fill. */
export async function writeLedgerXlsx(rows: AsyncIterable<LedgerRow>, title: string, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = `Closeloop: ${title}`;
  const sheet = workbook.addWorksheet('台账', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((header, i) => ({ header, key: String(i), width: [8, 40, 40, 20, 20, 12, 12, 8, 10, 10, 10][i] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for await (const row of rows) {
    const added = sheet.addRow(ledgerCells(row));
    added.alignment = { vertical: 'top', wrapText: true };
    const fill = LIGHT_FILL_ARGB[row.light];
    if (fill) added.getCell(10).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
}
