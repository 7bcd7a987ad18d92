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
import { type ApiClient, sendUntyped } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';

const units = [
  { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
  { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-forest', name: '呼和浩特市林业和草原局', kind: 'department', parentId: 'hhht' },
] as const;

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

/** The JSON body of a report answer (the document lists XLSX for the same status, as a string). */
function json<T extends object>(data: T | string | undefined): T {
  if (typeof data === 'object') return data;
  throw new Error(`expected a JSON report, got ${String(data)}`);
}

/** Reports over HTTP: the real API, worker, Temporal and PostgreSQL. */
describe('reports over HTTP', () => {
  let stack: RunningStack;
  let leaderKey: string;
  let leader: ApiClient;
  let unit: ApiClient;

  const bulletin = (as: ApiClient, month: string) => as.GET('/v1/reports/bulletin', { params: { query: { month } } });
  const dispatch = (as: ApiClient, week: string) => as.GET('/v1/reports/dispatch', { params: { query: { week } } });
  const bulletinXlsx = (as: ApiClient, month: string) =>
    as.GET('/v1/reports/bulletin', { params: { query: { month } }, headers: { accept: XLSX_CONTENT_TYPE }, parseAs: 'arrayBuffer' });

  /** The workbook in an answer read as bytes. */
  async function workbookOf({ data }: { data?: ArrayBuffer }): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(data!) as unknown as ExcelJS.Buffer);
    return workbook;
  }

  beforeAll(async () => {
    stack = await startStack();
    const admin = stack.client(stack.adminKey);
    for (const body of units) expect((await admin.POST('/v1/units', { body })).response.status).toBe(201);
    leaderKey = await stack.keyFor('leader', ['hhht']);
    leader = stack.client(leaderKey);
    unit = stack.client(await stack.keyFor('unit', ['hhht-water']));
    const names = units.map(({ id, name }) => ({ id, name }));
    await storeReport(stack.database.db, computeBulletin(octoberLog(), names, '2026-10'), new Date('2026-11-01T00:00:00Z'));
  });
  afterAll(() => stack?.stop());

  it('serves a stored bulletin as JSON to a leader: ranking and the bottom unit named', async () => {
    const { response, data: body } = await bulletin(leader, '2026-10');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toMatchObject({
      kind: 'bulletin',
      period: '2026-10',
      cutoff: '2026-10-31T16:00:00.000Z',
      computedAt: '2026-11-01T00:00:00.000Z',
      bottom: [{ unitId: 'hhht-forest', name: '呼和浩特市林业和草原局' }],
    });
    expect(json(body).units.map((u) => [u.rank, u.unitId, u.onTimeClosureRate, u.overdue, u.bottom])).toEqual([
      [1, 'hhht-water', 1, 0, false],
      [2, 'hhht-forest', 0, 1, true],
    ]);
  });

  it('serves the bulletin as XLSX by Accept, with a file name, the 月通报 sheet and the bottom row in red', async () => {
    const answer = await bulletinXlsx(leader, '2026-10');
    const { response } = answer;

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="bulletin-2026-10.xlsx"; filename*=UTF-8''${encodeURIComponent('月通报-2026-10.xlsx')}`,
    );
    const sheet = (await workbookOf(answer)).getWorksheet('月通报')!;
    expect(sheet.getRow(1).getCell(1)).toMatchObject({ value: '排名', font: { bold: true } });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(3).getCell(2).value).toBe('hhht-forest');
    expect(sheet.getRow(3).getCell(1).fill).toMatchObject({ pattern: 'solid', fgColor: { argb: BOTTOM_FILL_ARGB } });
  });

  it('shows a leader only the units in its scope, each with its rank in the whole bulletin, as JSON and XLSX', async () => {
    const waterLeader = stack.client(await stack.keyFor('leader', ['hhht-water']));
    const { response, data: body } = await bulletin(waterLeader, '2026-10');
    expect(response.status).toBe(200);
    expect(json(body).units.map((u) => [u.rank, u.unitId])).toEqual([[1, 'hhht-water']]);
    expect(json(body).bottom).toEqual([]);
    const forestLeader = stack.client(await stack.keyFor('leader', ['hhht-forest']));
    const forest = await bulletin(forestLeader, '2026-10');
    expect(json(forest.data).units.map((u) => [u.rank, u.unitId, u.bottom])).toEqual([[2, 'hhht-forest', true]]);
    expect(json(forest.data).bottom).toEqual([{ unitId: 'hhht-forest', name: '呼和浩特市林业和草原局' }]);

    const sheet = (await workbookOf(await bulletinXlsx(waterLeader, '2026-10'))).getWorksheet('月通报')!;
    expect(sheet.getColumn(2).values.filter((v) => typeof v === 'string' && v.startsWith('hhht'))).toEqual(['hhht-water']);
  });

  it('computes and stores a past week on first request (facts recorded after its cut-off stay out), as JSON or ?format=xlsx', async () => {
    const week = previousPeriod('dispatch', new Date()).id;
    expect(await readReport(stack.database.db, 'dispatch', week)).toBeUndefined();

    const first = await dispatch(stack.client(stack.adminKey), week);
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({ kind: 'dispatch', period: week, timezone: 'Asia/Shanghai', units: [], totals: { items: 0 } });
    const stored = await readReport(stack.database.db, 'dispatch', week);
    expect(stored?.computedAt.toISOString()).toBe(json(first.data).computedAt);
    const again = await dispatch(leader, week);
    expect(again.data).toEqual(first.data); // served from the store

    const xlsx = await leader.GET('/v1/reports/dispatch', { params: { query: { week, format: 'xlsx' } }, parseAs: 'arrayBuffer' });
    expect(xlsx.response.status).toBe(200);
    expect(xlsx.response.headers.get('content-disposition')).toContain(`filename="dispatch-${week}.xlsx"`);
    const sheet = (await workbookOf(xlsx)).getWorksheet('周调度')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['单位代码', '责任单位', '本周到期', '逾期', '本周未报送']));
    expect(sheet.getRow(2).getCell(1).value).toBe('合计');
  });

  it('refuses a unit principal with 403', async () => {
    const { response, error } = await dispatch(unit, '2026-W47');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error).toMatchObject({ status: 403, type: '/problems/forbidden' });
    expect((await bulletin(unit, '2026-10')).response.status).toBe(403);
    expect((await bulletin(stack.client(), '2026-10')).response.status).toBe(401);
  });

  it('answers 400 for a week or month that is malformed or missing, 422 for a week 53 of a year of 52', async () => {
    const bad = await dispatch(leader, '2026-W99');
    expect(bad.response.status).toBe(400);
    expect(bad.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bad.error).toMatchObject({ status: 400, type: '/problems/invalid-period', errors: [{ field: 'week' }] });
    expect(bad.error!.detail).toContain('2026 has weeks 01–53');

    const week53 = await dispatch(leader, '2025-W53');
    expect(week53.error).toMatchObject({ status: 422, type: '/problems/no-such-period', errors: [{ field: 'week' }] });
    expect(week53.error!.detail).toContain('2025 has weeks 01–52');

    const refused = (path: string, answer: { response: Response; error?: { errors?: unknown[] } }) =>
      expect({ path, status: answer.response.status, errors: answer.error?.errors?.length }).toEqual({ path, status: 400, errors: 1 });
    refused('week=2026-11', await dispatch(leader, '2026-11'));
    // @ts-expect-error the week is required: the API answers 400
    refused('no week', await leader.GET('/v1/reports/dispatch', { params: { query: {} } }));
    // A repeated parameter: the typed client sends each parameter once, so plain fetch.
    const twice = await sendUntyped(stack.baseUrl, 'GET', '/v1/reports/dispatch?week=2026-W47&week=2026-W46', { key: leaderKey });
    expect({ status: twice.status, errors: twice.body.errors?.length }).toEqual({ status: 400, errors: 1 });
    refused('month=2026-13', await bulletin(leader, '2026-13'));
    // @ts-expect-error there is no pdf format: the API answers 400
    refused('format=pdf', await leader.GET('/v1/reports/bulletin', { params: { query: { month: '2026-10', format: 'pdf' } } }));
  });

  it('answers 409 for a period that is not over yet', async () => {
    // The periods under way a minute from now: still not over when the server answers, even if a week or a month
    // turns over (Sunday or the month's last day at midnight in Shanghai) while the test runs.
    const inAMinute = new Date(Date.now() + 60_000);
    const week = periodOf('dispatch', inAMinute).id;
    const { response, error } = await dispatch(leader, week);
    expect(response.status).toBe(409);
    expect(error).toMatchObject({ type: '/problems/period-not-over' });
    expect((await bulletin(leader, periodOf('bulletin', inAMinute).id)).response.status).toBe(409);
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
