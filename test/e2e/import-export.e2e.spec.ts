import { XLSX_CONTENT_TYPE } from '@closeloop/reports';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wuhaiUnits } from '../fixtures/build-wuhai';
import { type ApiClient, createUnits, importCheck, importFile, importResult, sendUntyped } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';
import { hohhotFixtureUnits } from '../support/hohhot-units';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name));
const CSV = 'text/csv';

/** The JSON ledger (the document lists CSV and XLSX for the same status, as strings). */
function jsonLedger<T extends object>(data: T | string | undefined): T {
  if (typeof data === 'object') return data;
  throw new Error(`expected a JSON ledger, got ${String(data)}`);
}

const LEDGER_HEADER = [
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
];

/** Spreadsheet import and ledger export over HTTP: the real API, worker, Temporal and PostgreSQL. */
describe('ledger import and export', () => {
  let stack: RunningStack;
  let admin: ApiClient;
  let hohhotIds: string[];

  /** The file uploaded to the plan's import: its status, and its body (`data` on 200, the problem otherwise). */
  const upload = async (planId: string, dryRun: boolean, file: Buffer, name: string, type: string, as = admin) => {
    const { response, data, error } = await importFile(as, planId, file, { dryRun, name, type });
    return { status: response.status, data, error };
  };
  const item = async (id: string) => (await admin.GET('/v1/items/{id}', { params: { path: { id } } })).data!;
  const itemCount = async () =>
    Number(
      (
        await stack.database.db
          .selectFrom('items')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** The ledger in the format `accept` asks for, as bytes. */
  const ledger = (id: string, accept: string, as = admin) =>
    as.GET('/v1/plans/{id}/ledger', { params: { path: { id } }, headers: { accept }, parseAs: 'arrayBuffer' });
  const text = (bytes: ArrayBuffer | undefined) => Buffer.from(bytes!).toString('utf8');

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, [...hohhotFixtureUnits(), ...wuhaiUnits]);
    for (const plan of [
      {
        id: 'HHHT',
        title: '呼和浩特市贯彻落实自治区生态环境保护督察反馈意见整改方案',
        sourceInspection: '自治区生态环境保护督察',
        ownerUnitId: 'hhht',
      },
      { id: 'WUHAI', title: '乌海市生态环境质量改善方案', sourceInspection: '中央生态环境保护督察', ownerUnitId: 'wuhai' },
      { id: 'BAD', title: '错误示例', sourceInspection: '演示', ownerUnitId: 'hhht' },
    ]) {
      expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    }
  });
  afterAll(() => stack?.stop());

  it('imports the Hohhot plan (CSV): a dry run writes nothing, then every row is filed through its workflow', async () => {
    const dry = await upload('HHHT', true, fixture('hohhot-plan.csv'), 'hohhot-plan.csv', CSV);
    expect({ status: dry.status, body: dry.data }).toEqual({ status: 200, body: { rows: 8, valid: 8, unchanged: 0, errors: [] } });
    expect(await itemCount()).toBe(0);

    const real = await upload('HHHT', false, fixture('hohhot-plan.csv'), 'hohhot-plan.csv', CSV);
    expect(real.status).toBe(200);
    expect(real.data).toMatchObject({ imported: 8, unchanged: 0 });
    hohhotIds = importResult(real.data).items;
    expect(hohhotIds).toHaveLength(8);
    expect(await itemCount()).toBe(8);

    const pm25 = await item(hohhotIds[0]);
    expect(pm25).toMatchObject({
      planCode: 'HHHT',
      code: '1',
      title: '全市细颗粒物(PM2.5)浓度未达标',
      target: '全市细颗粒物(PM2.5)浓度实现达标(35ug/m3)',
      kind: 'time_bound',
      status: 'assigned',
      deadline: '2027-12-31',
      responsibleUnitId: 'hhht-eco',
      supervisingUnitId: 'hhht',
      cooperatingUnitIds: ['hhht-housing', 'hhht-energy'],
      responsiblePerson: '市生态环境局主要负责人',
    });
    expect(pm25.measures).toHaveLength(3);
    expect(pm25.milestones.map((m) => [m.id, m.due])).toEqual([
      ['m1', '2027-06-30'],
      ['m2', '2027-10-31'],
    ]);
    const water = await item(hohhotIds[4]);
    expect(water).toMatchObject({ code: '5', kind: 'long_term', deadline: null, responsibleUnitId: 'hhht-water' });
    const events = (await admin.GET('/v1/items/{id}/events', { params: { path: { id: hohhotIds[1] } } })).data!.items;
    expect(events.map((e) => e.type)).toEqual(['ItemFiled', 'ItemAssigned']);
  });

  it('imports the Wuhai tasks (XLSX): several supervising departments, the first supervises and the rest cooperate', async () => {
    const xlsx = fixture('wuhai-tasks.xlsx');
    const dry = await upload('WUHAI', true, xlsx, 'wuhai-tasks.xlsx', XLSX_CONTENT_TYPE);
    expect({ status: dry.status, body: dry.data }).toEqual({ status: 200, body: { rows: 8, valid: 8, unchanged: 0, errors: [] } });
    const before = await itemCount();

    const real = await upload('WUHAI', false, xlsx, 'wuhai-tasks.xlsx', XLSX_CONTENT_TYPE);
    expect(real.status).toBe(200);
    expect(real.data).toMatchObject({ imported: 8, unchanged: 0 });
    expect(await itemCount()).toBe(before + 8);
    const river = await item(importResult(real.data).items[0]);
    expect(river).toMatchObject({
      code: 'W-1',
      deadline: '2027-12-31',
      responsibleUnitId: 'wuhai-hbw',
      supervisingUnitId: 'wuhai-eco',
      cooperatingUnitIds: ['wuhai-wd', 'wuhai-hn', 'wuhai-city', 'wuhai-agri'],
    });
    const dated = await item(importResult(real.data).items[1]);
    expect(dated).toMatchObject({ code: 'W-2', deadline: '2027-12-31' });
  });

  it('a file with bad rows reports every row with its errors and writes nothing', async () => {
    const before = await itemCount();
    const dry = await upload('BAD', true, fixture('bad-rows.csv'), 'bad-rows.csv', CSV);
    expect(dry.status).toBe(200);
    expect(dry.data).toMatchObject({ rows: 9, valid: 1 });
    const rowsWithErrors = (errors: { row: number }[]) => [...new Set(errors.map((e) => e.row))];
    expect(rowsWithErrors(importCheck(dry.data).errors)).toEqual([2, 3, 4, 5, 7, 8, 9, 10]);

    const real = await upload('BAD', false, fixture('bad-rows.csv'), 'bad-rows.csv', CSV);
    expect(real.status).toBe(422);
    expect(real.error).toMatchObject({ type: '/problems/invalid-rows', status: 422, rows: 9, valid: 1 });
    expect(real.error!.errors).toEqual(importCheck(dry.data).errors);
    expect(real.error!.errors).toEqual(
      expect.arrayContaining([
        { row: 2, field: '问题', message: 'is required' },
        { row: 3, field: '责任单位', message: expect.stringContaining('不存在的单位') },
        { row: 4, field: '整改时限', message: expect.stringContaining('2027-02-30') },
        { row: 5, field: '阶段性目标', message: expect.stringContaining('after the deadline') },
        { row: 7, field: '序号', message: expect.stringContaining('row 6') },
        { row: 8, field: '整改时限', message: expect.stringContaining('long-term') },
        { row: 9, field: '督导单位', message: 'is required' },
        { row: 10, field: '类型', message: expect.stringContaining('马上办') },
      ]),
    );
    expect(await itemCount()).toBe(before);
    expect((await admin.GET('/v1/items', { params: { query: { plan: 'BAD' } } })).data!.items).toEqual([]);
  });

  it('re-importing the same file creates nothing new (also as a raw text/csv body); changed content is an error', async () => {
    const before = await itemCount();
    const again = await upload('HHHT', false, fixture('hohhot-plan.csv'), 'hohhot-plan.csv', CSV);
    expect({ status: again.status, body: again.data }).toEqual({ status: 200, body: { imported: 0, unchanged: 8, items: hohhotIds } });
    // The file as the whole body (text/csv), not a form: a raw upload, sent with plain fetch.
    const raw = await sendUntyped(stack.baseUrl, 'POST', '/v1/plans/HHHT/items:import', {
      key: stack.adminKey,
      body: fixture('hohhot-plan.csv'),
      contentType: 'text/csv',
    });
    expect(raw.status).toBe(200);
    expect(raw.body).toEqual({ imported: 0, unchanged: 8, items: hohhotIds });
    expect(await itemCount()).toBe(before);

    const changed = fixture('hohhot-plan.csv').toString('utf8').replace('空气质量优良天数比例达到83.8%', '空气质量优良天数比例达到85%');
    const refused = await upload('HHHT', false, Buffer.from(changed), 'changed.csv', CSV);
    expect(refused.status).toBe(422);
    expect(refused.error!.errors).toEqual([{ row: 3, field: '序号', message: expect.stringContaining('already filed') }]);
    expect(await itemCount()).toBe(before);
  });

  it('documents both operations in the OpenAPI document', async () => {
    // The document itself is not one of its operations: plain fetch.
    const paths = Object.keys((await sendUntyped(stack.baseUrl, 'GET', '/openapi.json')).body.paths);
    expect(paths).toEqual(expect.arrayContaining(['/v1/plans/{id}/items:import', '/v1/plans/{id}/ledger']));
  });

  it('only admins and integrators import; an unknown plan is 404', async () => {
    const unit = stack.client(await stack.keyFor('unit', ['hhht-water']));
    expect((await upload('HHHT', false, fixture('hohhot-plan.csv'), 'a.csv', CSV, unit)).status).toBe(403);
    expect((await upload('NOPE', false, fixture('hohhot-plan.csv'), 'a.csv', CSV)).status).toBe(404);
    const integrator = stack.client(await stack.keyFor('integrator', ['hhht']));
    expect((await upload('HHHT', true, fixture('hohhot-plan.csv'), 'a.csv', CSV, integrator)).data).toMatchObject({ unchanged: 8 });
  });

  it('exports the ledger as XLSX: header, frozen pane, the traffic light as a fill', async () => {
    // The read model's light (the stored view's and its column), as timers would have set it, so that every colour
    // shows (and the first stays green after the fixture's real deadlines, 2027年底, have passed).
    const setLight = (id: string, light: string) =>
      sql`update items set light = ${light}, view = jsonb_set(view::jsonb, '{light}', to_jsonb(${light}::text))::json where id = ${id}`.execute(
        stack.database.db,
      );
    await setLight(hohhotIds[0]!, 'green');
    await setLight(hohhotIds[1]!, 'yellow');
    await setLight(hohhotIds[2]!, 'red');

    const answer = await ledger('HHHT', XLSX_CONTENT_TYPE);
    const { response } = answer;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="HHHT-ledger.xlsx"; filename*=UTF-8''${encodeURIComponent('HHHT-台账.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(answer.data!) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('台账')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(LEDGER_HEADER);
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(9);
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(2)).toEqual([
      '1',
      '全市细颗粒物(PM2.5)浓度未达标',
      '全市细颗粒物(PM2.5)浓度实现达标(35ug/m3)',
      '呼和浩特市生态环境局',
      '呼和浩特市人民政府',
      '2027-12-31',
      '2027-12-31',
      '0%',
      '已交办',
      '绿灯',
    ]);
    expect(sheet.getRow(2).getCell(11).text).toBe('');
    expect(row(6)[5]).toBe('长期坚持');
    const fill = (n: number) => (sheet.getRow(n).getCell(10).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect([fill(2), fill(3), fill(4)]).toEqual(['FFC6EFCE', 'FFFFEB9C', 'FFFFC7CE']);
    expect([row(3)[9], row(4)[9]]).toEqual(['黄灯', '红灯']);
  });

  it('exports the ledger as CSV and as JSON (the default)', async () => {
    const csvAnswer = await ledger('HHHT', CSV);
    const csvResponse = csvAnswer.response;
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csvResponse.headers.get('content-disposition')).toContain('filename="HHHT-ledger.csv"');
    const records = parse(text(csvAnswer.data), { bom: true }) as string[][];
    expect(records[0]).toEqual(LEDGER_HEADER);
    expect(records.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(records[3]).toEqual(expect.arrayContaining(['呼和浩特市水务局', '呼和浩特市生态环境局', '2027-12-31']));

    const json = await admin.GET('/v1/plans/{id}/ledger', { params: { path: { id: 'HHHT' } } });
    expect(json.response.status).toBe(200);
    const body = jsonLedger(json.data);
    expect(body.planId).toBe('HHHT');
    expect(body.items).toHaveLength(8);
    expect(body.items[0]).toMatchObject({
      itemId: hohhotIds[0],
      code: '1',
      responsibleUnit: '呼和浩特市生态环境局',
      light: 'green',
      status: 'assigned',
    });
    expect((await admin.GET('/v1/plans/{id}/ledger', { params: { path: { id: 'NOPE' } } })).response.status).toBe(404);
  });

  it("a unit principal's export holds only the items of its unit", async () => {
    const unit = stack.client(await stack.keyFor('unit', ['hhht-water']));
    const records = parse(text((await ledger('HHHT', CSV, unit)).data), { bom: true }) as string[][];
    expect(records.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ['3', '呼和浩特市水务局'],
      ['5', '呼和浩特市水务局'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from((await ledger('HHHT', XLSX_CONTENT_TYPE, unit)).data!) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('台账')!.rowCount).toBe(3);
    const own = await unit.GET('/v1/plans/{id}/ledger', { params: { path: { id: 'HHHT' } } });
    expect(jsonLedger(own.data).items.map((i) => i.code)).toEqual(['3', '5']);
  });

  it("answers 404 for the ledger of a plan whose owner and items are all outside the caller's scope, as for a plan that does not exist", async () => {
    for (const role of ['unit', 'leader', 'integrator'] as const) {
      const outsider = stack.client(await stack.keyFor(role, ['wuhai']));
      const answer = await outsider.GET('/v1/plans/{id}/ledger', { params: { path: { id: 'HHHT' } } });
      expect({ role, status: answer.response.status, type: answer.error?.type }).toEqual({
        role,
        status: 404,
        type: '/problems/not-found',
      });
      expect((await ledger('HHHT', CSV, outsider)).response.status).toBe(404);
    }
    const wuhaiLeader = stack.client(await stack.keyFor('leader', ['wuhai']));
    expect((await wuhaiLeader.GET('/v1/plans/{id}/ledger', { params: { path: { id: 'WUHAI' } } })).response.status).toBe(200);
  });

  it('takes the multipart form with its one file part only: another part, or none, is a 400', async () => {
    // Forms other than the document's (another part, none, the file as a text field): raw multipart, plain fetch.
    const send = (form: FormData) =>
      sendUntyped(stack.baseUrl, 'POST', '/v1/plans/HHHT/items:import?dryRun=true', { key: stack.adminKey, body: form });
    const extra = new FormData();
    extra.append('file', new Blob([fixture('hohhot-plan.csv')], { type: CSV }), 'a.csv');
    extra.append('comment', '补充说明');
    expect(await send(extra).then((r) => ({ status: r.status, errors: r.body.errors }))).toEqual({
      status: 400,
      errors: [{ field: 'comment', message: 'is not a part of this form: send only file' }],
    });
    const none = new FormData();
    none.append('note', 'x');
    expect((await send(none)).status).toBe(400);
    const asText = new FormData();
    asText.append('file', fixture('hohhot-plan.csv').toString('utf8'));
    const dry = await send(asText);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ rows: 8, unchanged: 8 });
  });
});
