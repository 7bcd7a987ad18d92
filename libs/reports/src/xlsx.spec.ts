import ExcelJS from 'exceljs';
import { computeBulletin } from './compute-bulletin';
import { computeDispatch } from './compute-dispatch';
import { LogBuilder, sh } from './specs/log-builder';
import { BOTTOM_FILL_ARGB, renderReportXlsx, reportFileNames } from './xlsx';

const units = [
  { id: 'good', name: '生态环境局' },
  { id: 'poor', name: '水务局' },
];

function log(): LogBuilder {
  const b = new LogBuilder();
  b.file('g1', 'good', '2026-11-10', sh('2026-09-01T09:00'), sh('2026-09-02T09:00')).close('g1', sh('2026-11-09T10:00'));
  b.file('p1', 'poor', '2026-11-10', sh('2026-09-01T09:00'), sh('2026-09-02T09:00')).overdue('p1', '2026-11-10', sh('2026-11-11T00:00'));
  return b;
}

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('reports as XLSX', () => {
  it('renders the bulletin on a 月通报 sheet: bold header, frozen below it, the bottom unit filled light red', async () => {
    const report = computeBulletin(log().events, units, '2026-11');
    const sheet = (await open(await renderReportXlsx(report))).getWorksheet('月通报')!;

    expect(sheet).toBeDefined();
    expect(sheet.getRow(1).getCell(1).value).toBe('排名');
    expect(sheet.getRow(1).getCell(3).value).toBe('责任单位');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining([1, 'good', '生态环境局']));
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining([2, 'poor', '水务局', '是']));
    expect((sheet.getRow(2).getCell(1).fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    expect(sheet.getRow(3).getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: BOTTOM_FILL_ARGB } });
    expect(sheet.getRow(3).getCell(7).value).toBe(0); // 按期销号率 0 %
  });

  it('renders the dispatch on a 周调度 sheet with one row per unit and a totals row', async () => {
    const report = computeDispatch(log().events, units, '2026-W46');
    const sheet = (await open(await renderReportXlsx(report))).getWorksheet('周调度')!;

    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '单位代码',
      '责任单位',
      '事项总数',
      '未销号',
      '本周到期',
      '逾期',
      '本周已报送',
      '本周未报送',
      '本周漏报次数',
    ]);
    expect(sheet.getRow(2).values).toEqual([undefined, 'good', '生态环境局', 1, 0, 1, 0, 0, 0, 0]);
    expect(sheet.getRow(3).values).toEqual([undefined, 'poor', '水务局', 1, 1, 1, 1, 0, 1, 0]);
    expect(sheet.getRow(4).values).toEqual([undefined, '合计', '', 2, 1, 2, 1, 0, 1, 0]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('names the file after the kind and period', () => {
    expect(reportFileNames({ kind: 'dispatch', period: '2026-W47' })).toEqual({
      ascii: 'dispatch-2026-W47.xlsx',
      utf8: '周调度-2026-W47.xlsx',
    });
  });
});
