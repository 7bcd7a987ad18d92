import { type ApiClient, createUnits, importCheck, importCsv } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead } from '../support/test-dates';

/**
 * An importer outside the city names, in a spreadsheet, units of another district (OWASP API1): the row errors must
 * read as for a unit that does not exist, never reveal another district's unit ids, nor count its units among the
 * candidates of a shared name.
 */
describe('import: units outside the importer’s scope are unknown to it', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;
  let integrator: ApiClient;
  const deadline = endOfMonthAhead(7);

  const dryRun = async (csv: string) => {
    const { response, data } = await importCsv(integrator, 'XC', `\uFEFF序号,问题,整改目标,责任单位,配合单位,督导单位,整改时限\n${csv}`, {
      dryRun: true,
    });
    return { status: response.status, body: importCheck(data) };
  };

  beforeAll(async () => {
    stack = await startStack();
    const admin = stack.client(stack.adminKey);
    await createUnits(admin, [
      { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
      { id: 'xincheng', name: '新城区人民政府', kind: 'district', parentId: 'hhht' },
      { id: 'saihan', name: '赛罕区人民政府', kind: 'district', parentId: 'hhht' },
      { id: 'xincheng-water', name: '水务局', kind: 'department', parentId: 'xincheng' },
      { id: 'xincheng-eco', name: '新城区生态环境分局', kind: 'department', parentId: 'xincheng' },
      { id: 'saihan-water', name: '水务局', kind: 'department', parentId: 'saihan' },
      { id: 'saihan-forest', name: '赛罕区林草局', kind: 'department', parentId: 'saihan' },
    ]);
    const plan = { id: 'XC', title: '新城区整改方案', sourceInspection: '督察', ownerUnitId: 'xincheng' };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    integrator = stack.client(await stack.keyFor('integrator', ['xincheng']));
  });
  afterAll(() => stack?.stop());

  it('a unit of another district, by name or by id, is a unit that does not exist; its id is never shown', async () => {
    const { status, body } = await dryRun(
      `1,问题,目标,赛罕区林草局,,新城区生态环境分局,${deadline}\n2,问题,目标,saihan-forest,,新城区生态环境分局,${deadline}\n`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ rows: 2, valid: 0 });
    expect(body.errors).toEqual([
      { row: 2, field: '责任单位', message: 'unit 赛罕区林草局 does not exist (give a unit id or its exact name)' },
      { row: 3, field: '责任单位', message: 'unit saihan-forest does not exist (give a unit id or its exact name)' },
    ]);
    expect(JSON.stringify(body.errors[0])).not.toContain('saihan-forest');
  });

  it('a name shared with another district’s unit resolves to the one in scope, without naming the other', async () => {
    const { body } = await dryRun(`1,问题,目标,水务局,,新城区生态环境分局,${deadline}\n`);
    expect(body).toMatchObject({ rows: 1, valid: 1, errors: [] });
    expect(JSON.stringify(body)).not.toContain('saihan');
  });
});
