import {
  BOTTOM_FILL_ARGB,
  type ReportEvent,
  XLSX_CONTENT_TYPE,
  computeBulletin,
  periodOf,
  previousPeriod,
  readReport,
  storeReport,
} from '@closeloop/reports';
import { reportWorkflowType } from '@closeloop/contracts';
import ExcelJS from 'exceljs';
import { apiClient } from '../support/http';
import { type RunningStack, startStack } from '../support/running-stack';

const units = [
  { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
  { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-forest', name: '呼和浩特市林业和草原局', kind: 'department', parentId: 'hhht' },
];

/** October 2026 as the Schedule would have stored it: 水务局 closed on time, 林草局 overdue. */
function octoberLog(): ReportEvent[] {
  const events: ReportEvent[] = [];
  const add = (itemId: string, type: string, at: string, data: Record<string, unknown> = {}) =>
    events.push({ type, streamId: `item-${itemId}`, recordedAt: new Date(at), data: { itemId, ...data, at } });
  for (const [itemId, unitId] of [
    ['0b0e3c1e-0000-4000-8000-000000000001', 'hhht-water'],
    ['0b0e3c1e-0000-4000-8000-000000000002', 'hhht-forest'],
  ]) {
    add(itemId, 'ItemFiled', '2026-09-01T01:00:00Z', {
      planCode: 'HHHT-2026',
      code: unitId,
      title: '河道整治',
      kind: 'time_bound',
      deadline: '2026-10-15',
      milestones: [],
    });
    add(itemId, 'ItemAssigned', '2026-09-01T01:00:00Z', {
      responsibleUnitId: unitId,
      cooperatingUnitIds: [],
      supervisingUnitId: 'hhht-eco',
    });
    add(itemId, 'ItemAcknowledged', '2026-09-02T01:00:00Z', { unitId });
  }
  add('0b0e3c1e-0000-4000-8000-000000000001', 'ItemClosed', '2026-10-14T02:00:00Z', { filedWith: 'hhht', revisits: [] });
  add('0b0e3c1e-0000-4000-8000-000000000002', 'ItemOverdue', '2026-10-15T16:00:00Z', { deadline: '2026-10-15' });
  return events;
}

/** Reports over HTTP: the real API, worker, Temporal and PostgreSQL. */
describe('reports over HTTP', () => {
  let stack: RunningStack;
  let call: ReturnType<typeof apiClient>;
  let leader: string;
  let unitKey: string;

  const fetchRaw = (path: string, key: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.baseUrl}${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } });

  async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    return workbook;
  }

  beforeAll(async () => {
    stack = await startStack();
    call = apiClient(stack.baseUrl);
    for (const unit of units) expect((await call('POST', '/v1/units', { key: stack.adminKey, body: unit })).status).toBe(201);
    leader = await stack.keyFor('leader', ['hhht']);
    unitKey = await stack.keyFor('unit', ['hhht-water']);
    const names = units.map(({ id, name }) => ({ id, name }));
    await storeReport(stack.database.db, computeBulletin(octoberLog(), names, '2026-10'), new Date('2026-11-01T00:00:00Z'));
  });
  afterAll(() => stack?.stop());

  it('serves a stored bulletin as JSON to a leader: ranking and the bottom unit named', async () => {
    const { status, headers, body } = await call('GET', '/v1/reports/bulletin?month=2026-10', { key: leader });

    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toMatchObject({
      kind: 'bulletin',
      period: '2026-10',
      cutoff: '2026-10-31T16:00:00.000Z',
      computedAt: '2026-11-01T00:00:00.000Z',
      bottom: [{ unitId: 'hhht-forest', name: '呼和浩特市林业和草原局' }],
    });
    expect(body.units.map((u: any) => [u.rank, u.unitId, u.onTimeClosureRate, u.overdue, u.bottom])).toEqual([
      [1, 'hhht-water', 1, 0, false],
      [2, 'hhht-forest', 0, 1, true],
    ]);
  });

  it('serves the bulletin as XLSX by Accept, with a file name, the 月通报 sheet and the bottom row in red', async () => {
    const response = await fetchRaw('/v1/reports/bulletin?month=2026-10', leader, { accept: XLSX_CONTENT_TYPE });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="bulletin-2026-10.xlsx"; filename*=UTF-8''${encodeURIComponent('月通报-2026-10.xlsx')}`,
    );
    const sheet = (await workbookOf(response)).getWorksheet('月通报')!;
    expect(sheet.getRow(1).getCell(1)).toMatchObject({ value: '排名', font: { bold: true } });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(3).getCell(2).value).toBe('hhht-forest');
    expect(sheet.getRow(3).getCell(1).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: BOTTOM_FILL_ARGB } });
  });

  it('shows a leader only the units in its scope, each with its rank in the whole bulletin, as JSON and XLSX', async () => {
    const waterLeader = await stack.keyFor('leader', ['hhht-water']);
    const { status, body } = await call('GET', '/v1/reports/bulletin?month=2026-10', { key: waterLeader });
    expect(status).toBe(200);
    expect(body.units.map((u: any) => [u.rank, u.unitId])).toEqual([[1, 'hhht-water']]);
    expect(body.bottom).toEqual([]);
    const forestLeader = await stack.keyFor('leader', ['hhht-forest']);
    const forest = await call('GET', '/v1/reports/bulletin?month=2026-10', { key: forestLeader });
    expect(forest.body.units.map((u: any) => [u.rank, u.unitId, u.bottom])).toEqual([[2, 'hhht-forest', true]]);
    expect(forest.body.bottom).toEqual([{ unitId: 'hhht-forest', name: '呼和浩特市林业和草原局' }]);

    const sheet = (
      await workbookOf(await fetchRaw('/v1/reports/bulletin?month=2026-10', waterLeader, { accept: XLSX_CONTENT_TYPE }))
    ).getWorksheet('月通报')!;
    expect(sheet.getColumn(2).values.filter((v) => typeof v === 'string' && v.startsWith('hhht'))).toEqual(['hhht-water']);
  });

  it('computes and stores a past week on first request (facts recorded after its cut-off stay out), as JSON or ?format=xlsx', async () => {
    const week = previousPeriod('dispatch', new Date()).id;
    expect(await readReport(stack.database.db, 'dispatch', week)).toBeUndefined();

    const first = await call('GET', `/v1/reports/dispatch?week=${week}`, { key: stack.adminKey });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ kind: 'dispatch', period: week, timezone: 'Asia/Shanghai', units: [], totals: { items: 0 } });
    const stored = await readReport(stack.database.db, 'dispatch', week);
    expect(stored?.computedAt.toISOString()).toBe(first.body.computedAt);
    const again = await call('GET', `/v1/reports/dispatch?week=${week}`, { key: leader });
    expect(again.body).toEqual(first.body); // served from the store

    const xlsx = await fetchRaw(`/v1/reports/dispatch?week=${week}&format=xlsx`, leader);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain(`filename="dispatch-${week}.xlsx"`);
    const sheet = (await workbookOf(xlsx)).getWorksheet('周调度')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['单位代码', '责任单位', '本周到期', '逾期', '本周未报送']));
    expect(sheet.getRow(2).getCell(1).value).toBe('合计');
  });

  it('refuses a unit principal with 403', async () => {
    const { status, body, headers } = await call('GET', '/v1/reports/dispatch?week=2026-W47', { key: unitKey });
    expect(status).toBe(403);
    expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ status: 403, type: '/problems/forbidden' });
    expect((await call('GET', '/v1/reports/bulletin?month=2026-10', { key: unitKey })).status).toBe(403);
    expect((await call('GET', '/v1/reports/bulletin?month=2026-10')).status).toBe(401);
  });

  it('answers 400 for a week or month that is malformed or missing, 422 for a week 53 of a year of 52', async () => {
    const bad = await call('GET', '/v1/reports/dispatch?week=2026-W99', { key: leader });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bad.body).toMatchObject({ status: 400, type: '/problems/invalid-period', errors: [{ field: 'week' }] });
    expect(bad.body.detail).toContain('2026 has weeks 01–53');

    const week53 = await call('GET', '/v1/reports/dispatch?week=2025-W53', { key: leader });
    expect(week53.body).toMatchObject({ status: 422, type: '/problems/no-such-period', errors: [{ field: 'week' }] });
    expect(week53.body.detail).toContain('2025 has weeks 01–52');

    for (const path of [
      '/v1/reports/dispatch?week=2026-11',
      '/v1/reports/dispatch',
      '/v1/reports/dispatch?week=2026-W47&week=2026-W46',
      '/v1/reports/bulletin?month=2026-13',
      '/v1/reports/bulletin?month=2026-10&format=pdf',
    ]) {
      const { status, body } = await call('GET', path, { key: leader });
      expect({ path, status, errors: body.errors?.length }).toEqual({ path, status: 400, errors: 1 });
    }
  });

  it('answers 409 for a period that is not over yet', async () => {
    // The periods under way a minute from now: still not over when the server answers, even if a week or a month
    // turns over (Sunday or the month's last day at midnight in Shanghai) while the test runs.
    const inAMinute = new Date(Date.now() + 60_000);
    const week = periodOf('dispatch', inAMinute).id;
    const { status, body } = await call('GET', `/v1/reports/dispatch?week=${week}`, { key: leader });
    expect(status).toBe(409);
    expect(body).toMatchObject({ type: '/problems/period-not-over' });
    expect((await call('GET', `/v1/reports/bulletin?month=${periodOf('bulletin', inAMinute).id}`, { key: leader })).status).toBe(409);
  });

  it('runs the report workflow on the worker and stores what it computed', async () => {
    const result = await stack.temporal.workflow.execute(reportWorkflowType, {
      taskQueue: stack.taskQueue,
      workflowId: `report-bulletin-2026-09-${Date.now()}`,
      args: [{ kind: 'bulletin', period: '2026-09' }],
    });
    expect(result).toMatchObject({ kind: 'bulletin', period: '2026-09' });
    expect(await readReport(stack.database.db, 'bulletin', '2026-09')).toBeDefined();
  });
});
