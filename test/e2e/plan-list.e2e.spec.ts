import { type ApiClient, createUnits } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';
import { fileItem } from '../support/file-item';

/** The list of plans (方案管理's first screen): paged by id, each with its number of items, as far as the caller may open them. */
describe('GET /v1/plans', () => {
  let stack: RunningStack;
  let admin: ApiClient;

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, [
      { id: 'city', name: '市人民政府', kind: 'plan_owner' },
      { id: 'dist-a', name: 'A区人民政府', kind: 'district', parentId: 'city' },
      { id: 'dist-a-water', name: 'A区水务局', kind: 'department', parentId: 'dist-a' },
      { id: 'dist-b', name: 'B区人民政府', kind: 'district', parentId: 'city' },
    ]);
    for (const [id, ownerUnitId] of [
      ['B-2026', 'dist-b'],
      ['A-2026', 'dist-a'],
      ['A-2025', 'dist-a'],
    ]) {
      const plan = { id, title: `${id} 整改方案`, sourceInspection: '督察', ownerUnitId };
      expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    }
    for (const code of ['1', '2']) {
      await fileItem(admin, {
        planCode: 'A-2026',
        code,
        kind: 'long_term',
        responsibleUnitId: 'dist-a-water',
        supervisingUnitId: 'dist-a',
      });
    }
  });
  afterAll(() => stack?.stop());

  it('pages every plan by id for an admin, with the number of items each holds', async () => {
    const first = await admin.GET('/v1/plans', { params: { query: { limit: 2 } } });
    expect(first.response.status).toBe(200);
    expect(first.data!.items.map((p) => [p.id, p.itemCount])).toEqual([
      ['A-2025', 0],
      ['A-2026', 2],
    ]);
    expect(first.data!.items[1]).toEqual({
      id: 'A-2026',
      title: 'A-2026 整改方案',
      sourceInspection: '督察',
      ownerUnitId: 'dist-a',
      issuedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      itemCount: 2,
    });
    const second = await admin.GET('/v1/plans', { params: { query: { limit: 2, cursor: first.data!.nextCursor! } } });
    expect(second.data).toEqual({ items: [expect.objectContaining({ id: 'B-2026', itemCount: 0 })], nextCursor: null });
  });

  it('shows a leader only the plans its units own, and turns other roles away', async () => {
    const leader = stack.client(await stack.keyFor('leader', ['dist-a']));
    const theirs = await leader.GET('/v1/plans');
    expect(theirs.data!.items.map((p) => p.id)).toEqual(['A-2025', 'A-2026']);
    const unit = stack.client(await stack.keyFor('unit', ['dist-a-water']));
    expect((await unit.GET('/v1/plans')).response.status).toBe(403);
  });
});
