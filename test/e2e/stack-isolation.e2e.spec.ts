import type { Schemas } from '@closeloop/api-client';
import { type RunningStack, startStack } from '../support/running-stack';
import { createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { endOfMonthAhead } from '../support/test-dates';

/**
 * Test files run side by side on one Temporal dev server, and an item's id (its workflow's id) comes from its plan
 * and item codes. Two stacks filing the same plan must still each get their own item: before each stack had its own
 * namespace, the second filing landed on the first stack's workflow, whose worker wrote to the other database.
 */
describe('two test stacks filing the same plan and item codes', () => {
  jest.setTimeout(120_000);
  let stacks: RunningStack[] = [];

  const plan = { id: 'HHHT-SAME', title: '呼和浩特市整改方案', sourceInspection: '自治区第一生态环境保护督察组', ownerUnitId: 'hhht' };
  const item: Schemas['CreateItemDto'] = {
    planCode: 'HHHT-SAME',
    code: '1',
    title: '城市建成区黑臭水体整治',
    finding: '部分黑臭水体整治不彻底',
    target: '建成区黑臭水体消除比例达到100%',
    deadline: endOfMonthAhead(7),
    responsibleUnitId: 'hhht-housing',
    supervisingUnitId: 'hhht-eco',
  };

  beforeAll(async () => {
    stacks = await Promise.all([startStack(), startStack()]);
  });
  afterAll(() => Promise.all(stacks.map((stack) => stack.stop())));

  it('files, acknowledges and reads back each item in its own stack only', async () => {
    const [first, second] = stacks.map((stack) => ({ stack, admin: stack.client(stack.adminKey) }));
    for (const { admin } of [first!, second!]) {
      await createUnits(admin, hohhotUnits('hhht', 'hhht-eco', 'hhht-housing'));
      expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    }
    const filedFirst = await first!.admin.POST('/v1/items', { body: item });
    const filedSecond = await second!.admin.POST('/v1/items', { body: { ...item, title: '第二个栈的同号事项' } });
    expect([filedFirst.response.status, filedSecond.response.status]).toEqual([201, 201]);
    expect(filedSecond.data).toMatchObject({ title: '第二个栈的同号事项', version: 2 });

    const id = filedFirst.data!.id;
    const housing = first!.stack.client(await first!.stack.keyFor('unit', ['hhht-housing']));
    const acknowledged = await housing.POST('/v1/items/{id}/acknowledgement', {
      params: { path: { id } },
      body: {},
      headers: { 'If-Match': `"${filedFirst.data!.version}"` },
    });
    expect(acknowledged.response.status).toBe(200);

    const readSecond = await second!.admin.GET('/v1/items/{id}/events', { params: { path: { id } } });
    expect(readSecond.data?.items.map((event) => event.type)).toEqual(['ItemFiled', 'ItemAssigned']);
    expect(readSecond.data?.items[0]?.data).toMatchObject({ title: '第二个栈的同号事项' });
  });
});
