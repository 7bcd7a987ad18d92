import { escalationLevels } from '@closeloop/domain';
import ExcelJS from 'exceljs';
import type { BulletinRow } from './compute-bulletin';
import type { DispatchCounts, DispatchRow } from './compute-dispatch';
import type { Report } from './reports.repository';
import { neutraliseCell, neutraliseRow } from './spreadsheet-cells';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const sheetNames = { dispatch: '周调度', bulletin: '月通报' } as const;

/** Light red (Excel's "bad" fill) for the units named at the bottom of the bulletin. */
export const BOTTOM_FILL_ARGB = 'FFFFC7CE';

interface Column<Row> {
  header: string;
  key: string;
  width: number;
  value: (row: Row) => string | number | null;
  numFmt?: string;
}

const escalationLabels: Record<(typeof escalationLevels)[number], string> = {
  warning: '预警',
  bulletin: '通报',
  supervision: '督办',
  summons: '约谈',
  accountability: '问责',
};

const dispatchColumns: Column<DispatchRow>[] = [
  { header: '单位代码', key: 'unitId', width: 18, value: (r) => r.unitId },
  { header: '责任单位', key: 'name', width: 30, value: (r) => r.name },
  { header: '事项总数', key: 'items', width: 10, value: (r) => r.items },
  { header: '未销号', key: 'open', width: 10, value: (r) => r.open },
  { header: '本周到期', key: 'dueThisWeek', width: 10, value: (r) => r.dueThisWeek },
  { header: '逾期', key: 'overdue', width: 8, value: (r) => r.overdue },
  { header: '本周已报送', key: 'reported', width: 12, value: (r) => r.reported },
  { header: '本周未报送', key: 'notReported', width: 12, value: (r) => r.notReported },
  { header: '本周漏报次数', key: 'reportsMissed', width: 14, value: (r) => r.reportsMissed },
];

const percent = '0.0%';
const bulletinColumns: Column<BulletinRow>[] = [
  { header: '排名', key: 'rank', width: 8, value: (r) => r.rank },
  { header: '单位代码', key: 'unitId', width: 18, value: (r) => r.unitId },
  { header: '责任单位', key: 'name', width: 30, value: (r) => r.name },
  { header: '事项总数', key: 'items', width: 10, value: (r) => r.items },
  { header: '应完成数', key: 'dueByCutoff', width: 10, value: (r) => r.dueByCutoff },
  { header: '按期销号数', key: 'closedOnTime', width: 12, value: (r) => r.closedOnTime },
  { header: '按期销号率', key: 'onTimeClosureRate', width: 12, value: (r) => r.onTimeClosureRate, numFmt: percent },
  { header: '报送次数', key: 'reportsMade', width: 10, value: (r) => r.reportsMade },
  { header: '漏报次数', key: 'reportsMissed', width: 10, value: (r) => r.reportsMissed },
  { header: '报送及时率', key: 'reportingTimeliness', width: 12, value: (r) => r.reportingTimeliness, numFmt: percent },
  { header: '逾期数', key: 'overdue', width: 8, value: (r) => r.overdue },
  { header: '反弹数', key: 'relapsed', width: 8, value: (r) => r.relapsed },
  ...escalationLevels.map((level) => ({
    header: escalationLabels[level],
    key: `escalation.${level}`,
    width: 8,
    value: (r: BulletinRow) => r.escalations[level] ?? 0,
  })),
  { header: '排名靠后', key: 'bottom', width: 10, value: (r) => (r.bottom ? '是' : '') },
];

function addSheet<Row>(workbook: ExcelJS.Workbook, name: string, columns: Column<Row>[], rows: Row[], highlight: (row: Row) => boolean) {
  // Frozen below the header row: the header stays in view while scrolling.
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: neutraliseCell(c.header),
    key: c.key,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(columns.map((c) => neutraliseCell(c.value(row))));
    if (highlight(row)) {
      for (let i = 1; i <= columns.length; i++) {
        added.getCell(i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BOTTOM_FILL_ARGB } };
      }
    }
  }
  return sheet;
}

/** The report as an XLSX workbook: one sheet (周调度 or 月通报), one row per unit, the bottom units in red. */
export async function renderReportXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Closeloop';
  // Deterministic metadata: the same report renders the same workbook.
  workbook.created = new Date(report.cutoff);
  workbook.modified = new Date(report.cutoff);
  workbook.title = `${sheetNames[report.kind]} ${report.period}`;
  if (report.kind === 'dispatch') {
    const sheet = addSheet(workbook, sheetNames.dispatch, dispatchColumns, report.units, () => false);
    const totals = sheet.addRow(
      neutraliseRow(['合计', '', ...dispatchColumns.slice(2).map((c) => report.totals[c.key as keyof DispatchCounts])]),
    );
    totals.font = { bold: true };
  } else {
    addSheet(workbook, sheetNames.bulletin, bulletinColumns, report.units, (row) => row.bottom);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `dispatch-2026-W47.xlsx` (ASCII) and `周调度-2026-W47.xlsx` (for `filename*`). */
export function reportFileNames(report: Pick<Report, 'kind' | 'period'>): { ascii: string; utf8: string } {
  return { ascii: `${report.kind}-${report.period}.xlsx`, utf8: `${sheetNames[report.kind]}-${report.period}.xlsx` };
}
