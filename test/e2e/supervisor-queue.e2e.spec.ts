import type { Schemas, operations } from '@closeloop/api-client';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead } from '../support/test-dates';
import { until } from '../support/until';
import { fileItem } from '../support/file-item';

type ItemView = Schemas['ItemView'];
type ListQuery = NonNullable<operations['listItems']['parameters']['query']>;

const DEADLINE = endOfMonthAhead(6);
const EXTENDED = endOfMonthAhead(9);
const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/hhht/after.jpg' };

/**
 * 待审核: the queue of a supervising unit lists exactly the items whose extension request, closure request or due
 * revisit waits for it, oldest waiting first, paged with cursors; never another unit's.
 */
describe('the supervising unit’s queue (待审核)', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;
  let admin: ApiClient;
  let unit: ApiClient;
  let supervisor: ApiClient;
  const ids: Record<string, string> = {};

  const onItem = (code: string) => ({ params: { path: { id: ids[code] } } });
  const file = async (code: string, supervisingUnitId: string) => {
    ids[code] = (
      await fileItem(admin, { planCode: 'QUEUE', code, deadline: DEADLINE, responsibleUnitId: 'hhht-water', supervisingUnitId })
    ).id;
    expect((await unit.POST('/v1/items/{id}/acknowledgement', { ...onItem(code), body: {} })).response.status).toBe(200);
  };
  const askExtension = async (code: string) => {
    const r = await unit.POST('/v1/items/{id}/extension-requests', {
      ...onItem(code),
      body: { proposedDeadline: EXTENDED, reason: '汛期' },
    });
    expect(r.response.status).toBe(200);
  };
  const askClosure = async (code: string, as = unit) => {
    const r = await as.POST('/v1/items/{id}/closure-requests', { ...onItem(code), body: { evidence: [photo] } });
    expect(r.response.status).toBe(200);
  };
  /** Every page of a list, walked with its cursors. */
  const walk = async (as: ApiClient, query: ListQuery) => {
    const pages: ItemView[][] = [];
    let cursor: string | undefined;
    do {
      const r = await as.GET('/v1/items', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } });
      expect(r.response.status).toBe(200);
      pages.push(r.data!.items);
      cursor = r.data!.nextCursor ?? undefined;
    } while (cursor && pages.length < 20);
    return pages;
  };
  const codes = (items: ItemView[]) => items.map((i) => i.code);

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-eco', 'hhht-forest', 'hhht-water'));
    // One revisit a second after each closure: a closed item's revisit falls due at once.
    const policy = { dueSoonBefore: 'P7D', revisitAfter: ['PT1S'], requiredEvidenceKinds: ['photo'] };
    const plan = { id: 'QUEUE', title: '整改方案', sourceInspection: '督察', ownerUnitId: 'hhht', policy };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    unit = stack.client(await stack.keyFor('unit', ['hhht-water']));
    supervisor = stack.client(await stack.keyFor('supervisor', ['hhht-eco']));

    for (const code of ['A1', 'A2', 'A3', 'A4', 'A5', 'A6']) await file(code, 'hhht-eco');
    await file('B1', 'hhht-forest');
    // Requests in another order than filing: the queue follows the requests.
    await askExtension('A3');
    await askExtension('B1');
    await askExtension('A1');
    await askClosure('A4');
    await askExtension('A2');
    // A6 closed: its revisit falls due a second later and waits for the supervising unit.
    await askClosure('A6');
    expect((await supervisor.POST('/v1/items/{id}/verification', { ...onItem('A6'), body: { accept: true } })).response.status).toBe(200);
    await until('the revisit due', async () => {
      const item = (await admin.GET('/v1/items/{id}', onItem('A6'))).data!;
      return item.revisits.some((r) => r.status === 'due');
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists what waits for the unit, oldest first, two by two with cursors, with what waits and since when', async () => {
    const pages = await walk(supervisor, { awaiting: 'any', supervisingUnit: 'hhht-eco', sort: 'waiting', limit: 2 });
    expect(pages.map(codes)).toEqual([['A3', 'A1'], ['A4', 'A2'], ['A6']]);
    const items = pages.flat();
    for (const item of items) {
      const since =
        item.pendingExtension?.requestedAt ?? item.closureRequest?.requestedAt ?? item.revisits.find((r) => r.status === 'due')?.dueAt;
      expect({ code: item.code, since: item.awaiting?.since }).toEqual({ code: item.code, since });
    }
    expect(items.map((i) => i.awaiting?.kind)).toEqual(['extension', 'extension', 'closure', 'extension', 'revisit']);
    const since = items.map((i) => i.awaiting!.since);
    expect(since).toEqual([...since].sort());
  });

  it('lists one kind at a time, in waiting order or in filing order', async () => {
    const query = { supervisingUnit: 'hhht-eco', limit: 2 } as const;
    expect((await walk(supervisor, { ...query, awaiting: 'extension', sort: 'waiting' })).flatMap(codes)).toEqual(['A3', 'A1', 'A2']);
    expect((await walk(supervisor, { ...query, awaiting: 'extension' })).flatMap(codes)).toEqual(['A1', 'A2', 'A3']);
    expect((await walk(supervisor, { ...query, awaiting: 'closure', sort: 'waiting' })).flatMap(codes)).toEqual(['A4']);
    expect((await walk(supervisor, { ...query, awaiting: 'revisit', sort: 'waiting' })).flatMap(codes)).toEqual(['A6']);
  });

  it('never lists another unit’s: not to this supervisor, and not in another unit’s queue', async () => {
    expect((await walk(supervisor, { awaiting: 'any', supervisingUnit: 'hhht-forest', sort: 'waiting' })).flat()).toEqual([]);
    expect((await walk(supervisor, { awaiting: 'any', sort: 'waiting' })).flatMap(codes)).toEqual(['A3', 'A1', 'A4', 'A2', 'A6']);
    expect((await walk(admin, { awaiting: 'any', supervisingUnit: 'hhht-forest', sort: 'waiting' })).flatMap(codes)).toEqual(['B1']);
  });

  it('drops an item once decided', async () => {
    const a3 = (await admin.GET('/v1/items/{id}', onItem('A3'))).data!;
    const decided = await supervisor.POST('/v1/items/{id}/extension-requests/{requestId}/decision', {
      params: { path: { id: ids.A3, requestId: a3.pendingExtension!.requestId } },
      body: { approve: true },
    });
    expect(decided.response.status).toBe(200);
    expect(decided.data!.awaiting).toBeNull();
    expect((await walk(supervisor, { awaiting: 'any', supervisingUnit: 'hhht-eco', sort: 'waiting' })).flatMap(codes)).toEqual([
      'A1',
      'A4',
      'A2',
      'A6',
    ]);
  });

  it('filters by the responsible or the supervising unit alone', async () => {
    expect((await walk(admin, { responsibleUnit: 'hhht-water' })).flatMap(codes)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1']);
    expect((await walk(admin, { responsibleUnit: 'hhht-eco' })).flat()).toEqual([]);
    expect((await walk(admin, { supervisingUnit: 'hhht-forest' })).flatMap(codes)).toEqual(['B1']);
    expect((await walk(admin, { unit: 'hhht-forest' })).flatMap(codes)).toEqual(['B1']);
  });

  it('lists, in the waiting order without awaiting, every item that waits (as awaiting=any): only they have a place in it', async () => {
    const withoutAwaiting = (await walk(supervisor, { sort: 'waiting' })).flat();
    expect(withoutAwaiting.map((item) => item.code)).toEqual((await walk(supervisor, { awaiting: 'any', sort: 'waiting' })).flatMap(codes));
    expect(withoutAwaiting.length).toBeGreaterThan(1);
    expect(withoutAwaiting.filter((item) => !item.awaiting)).toEqual([]);
  });
});
