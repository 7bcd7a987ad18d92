import { type ApiClient, createUnits, importCheck, importCsv } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';
import { countItems } from '../support/test-database';

/**
 * Two units may share a name (a 水务局 under each district). A spreadsheet that names such a unit must not be
 * filed against whichever of them the database returned first: the row is an error naming the candidates.
 */
describe('import: an ambiguous unit name is a row error, never a silent pick', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;
  let admin: ApiClient;

  const upload = (csv: string, dryRun: boolean) => importCsv(admin, 'AMB', `\uFEFF${csv}`, { dryRun });
  const itemCount = () => countItems(stack.database.db);

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, [
      { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
      { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
      { id: 'xincheng', name: '新城区人民政府', kind: 'district', parentId: 'hhht' },
      { id: 'saihan', name: '赛罕区人民政府', kind: 'district', parentId: 'hhht' },
      { id: 'xincheng-water', name: '水务局', kind: 'department', parentId: 'xincheng' },
      { id: 'saihan-water', name: '水务局', kind: 'department', parentId: 'saihan' },
    ]);
    const plan = { id: 'AMB', title: '整改方案', sourceInspection: '督察', ownerUnitId: 'hhht' };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
  });
  afterAll(() => stack?.stop());

  const header = '序号,问题,整改目标,责任单位,配合单位,督导单位,整改时限';
  const ambiguity = (field: string) => ({
    row: 2,
    field,
    message: expect.stringMatching(
      /水务局 is ambiguous: 2 units have this name \((xincheng-water|saihan-water) 水务局, (saihan-water|xincheng-water) 水务局\); give the unit id/,
    ),
  });

  it('the dry run and the real import report the row, naming both candidates, and file nothing', async () => {
    const csv = `${header}\n1,入河排污口未整治,整治完成,水务局,,呼和浩特市生态环境局,2027-06-30\n`;
    const dry = await upload(csv, true);
    expect(dry.response.status).toBe(200);
    expect(dry.data).toMatchObject({ rows: 1, valid: 0, errors: [ambiguity('责任单位')] });
    for (const id of ['xincheng-water', 'saihan-water']) expect(importCheck(dry.data).errors[0].message).toContain(id);

    const real = await upload(csv, false);
    expect(real.response.status).toBe(422);
    expect(real.error!.errors).toEqual([ambiguity('责任单位')]);
    expect(await itemCount()).toBe(0);
  });

  it('the same in the cooperating and supervising columns; a unit id or a unique name still resolves', async () => {
    const csv = `${header}\n1,入河排污口未整治,整治完成,呼和浩特市生态环境局,水务局,水务局,2027-06-30\n`;
    const dry = await upload(csv, true);
    expect(importCheck(dry.data).errors).toEqual(expect.arrayContaining([ambiguity('配合单位'), ambiguity('督导单位')]));

    const byId = `${header}\n1,入河排污口未整治,整治完成,xincheng-water,saihan-water,呼和浩特市生态环境局,2027-06-30\n`;
    const ok = await upload(byId, false);
    expect({ status: ok.response.status, body: ok.data }).toMatchObject({ status: 200, body: { imported: 1 } });
    const item = await stack.database.db
      .selectFrom('items')
      .select(['responsible_unit_id', 'supervising_unit_id'])
      .executeTakeFirstOrThrow();
    expect(item).toEqual({ responsible_unit_id: 'xincheng-water', supervising_unit_id: 'hhht-eco' });
  });
});
