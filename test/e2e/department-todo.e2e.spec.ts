import type { Schemas } from '@closeloop/api-client';
import { type ItemEvent, fold, initialState, isFiled, nextReportDue } from '@closeloop/domain';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead } from '../support/test-dates';
import { until } from '../support/until';
import { fileItem } from '../support/file-item';

type ItemView = Schemas['ItemView'];

const DEADLINE = endOfMonthAhead(6);

/**
 * 我的待办: a department's items with the next report each is due (the decider's own cadence) and the unread
 * reminders about each, for a page of the list in one request.
 */
describe('a department’s items: next report due and unread reminders (我的待办)', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;
  let admin: ApiClient;
  let water: ApiClient;
  let agri: ApiClient;
  const ids: Record<string, string> = {};

  const onItem = (code: string) => ({ params: { path: { id: ids[code] } } });
  const file = async (plan: string, code: string, responsibleUnitId: string) => {
    const filed = await fileItem(admin, { planCode: plan, code, deadline: DEADLINE, responsibleUnitId, supervisingUnitId: 'hhht-eco' });
    ids[code] = filed.id;
    return filed;
  };
  const events = async (code: string) => (await admin.GET('/v1/items/{id}/events', onItem(code))).data!.items;
  /** The next report due that the decider computes from the item's first `version` events. */
  const decidersNextReport = async (code: string, version: number) => {
    const state = fold(
      initialState(),
      (await events(code)).slice(0, version).map((e) => ({ type: e.type, data: e.data }) as ItemEvent),
    );
    if (!isFiled(state)) throw new Error('not filed');
    return nextReportDue(state)?.dueAt.toISOString() ?? null;
  };

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-eco', 'hhht-water', 'hhht-agri'));
    const plans = [
      { id: 'TODO', policy: { dueSoonBefore: 'P7D', revisitAfter: ['P3M'], requiredEvidenceKinds: [] } },
      // A report every three seconds: the cadence runs while the test watches.
      { id: 'CADENCE', policy: { dueSoonBefore: 'P7D', revisitAfter: ['P3M'], requiredEvidenceKinds: [], reportEvery: 'PT3S' } },
    ];
    for (const { id, policy } of plans) {
      const plan = { id, title: '整改方案', sourceInspection: '督察', ownerUnitId: 'hhht', policy };
      expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    }
    water = stack.client(await stack.keyFor('unit', ['hhht-water']));
    agri = stack.client(await stack.keyFor('unit', ['hhht-agri']));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  describe('next report due', () => {
    it('is none before the acknowledgement, then the end of the first period, when the item then records the miss', async () => {
      expect((await file('CADENCE', 'C1', 'hhht-agri')).nextReportDue).toBeNull();
      const acknowledged = await agri.POST('/v1/items/{id}/acknowledgement', { ...onItem('C1'), body: {} });
      expect(acknowledged.response.status).toBe(200);
      const ackAt = (await events('C1')).find((e) => e.type === 'ItemAcknowledged')!.data.at as string;
      const shown = acknowledged.data!.nextReportDue;
      expect(shown).toBe(new Date(Date.parse(ackAt) + 3000).toISOString());
      expect(shown).toBe(await decidersNextReport('C1', acknowledged.data!.version));

      const missed = await until('the first report missed', async () => (await events('C1')).find((e) => e.type === 'ReportMissed'));
      expect(missed.data).toMatchObject({ period: 1, dueAt: shown });
    });

    it('follows the decider’s schedule after misses and reports', async () => {
      const item = (await admin.GET('/v1/items/{id}', onItem('C1'))).data!;
      expect(item.nextReportDue).toBe(await decidersNextReport('C1', item.version));
      expect(Date.parse(item.nextReportDue!)).toBeGreaterThan(
        Date.parse((await events('C1')).find((e) => e.type === 'ReportMissed')!.data.at as string),
      );

      const reported = await agri.POST('/v1/items/{id}/progress-reports', { ...onItem('C1'), body: { percent: 30 } });
      expect(reported.response.status).toBe(200);
      expect(reported.data!.nextReportDue).toBe(await decidersNextReport('C1', reported.data!.version));
      expect(Date.parse(reported.data!.nextReportDue!)).toBeGreaterThan(Date.parse(reported.data!.lastReportAt!));
    });

    it('is none for an item without a cadence', async () => {
      await file('TODO', 'N1', 'hhht-agri');
      const acknowledged = await agri.POST('/v1/items/{id}/acknowledgement', { ...onItem('N1'), body: {} });
      expect(acknowledged.data!.nextReportDue).toBeNull();
    });
  });

  describe('unread reminders', () => {
    let page: ItemView[] = [];
    const counts = async (as: ApiClient, items?: string[]) => {
      const r = await as.GET('/v1/inbox/unread-counts', { params: { query: items ? { items: items.join(',') } : {} } });
      expect(r.response.status).toBe(200);
      return r.data!;
    };
    /** The caller's unread notifications per item, counted from the inbox itself. */
    const fromInbox = async (as: ApiClient) => {
      const unread = (await as.GET('/v1/inbox', { params: { query: { unread: true, limit: 500 } } })).data!.items;
      return { total: unread.length, per: (id: string) => unread.filter((n) => n.itemId === id).length };
    };

    beforeAll(async () => {
      for (const code of ['W1', 'W2', 'W3']) await file('TODO', code, 'hhht-water');
      page = (await water.GET('/v1/items', { params: { query: { responsibleUnit: 'hhht-water', limit: 50 } } })).data!.items;
    });

    it('searches the department’s items by text', async () => {
      const found = await water.GET('/v1/items', { params: { query: { responsibleUnit: 'hhht-water', q: '事项 w2' } } });
      expect(found.data!.items.map((i) => i.code)).toEqual(['W2']);
    });

    it('counts a page’s items in one request, as the inbox lists them', async () => {
      expect(page.map((i) => i.code)).toEqual(['W1', 'W2', 'W3']);
      const asked = [...page.map((i) => i.id), ids.C1];
      const answer = await counts(water, asked);
      const inbox = await fromInbox(water);
      expect(answer).toEqual({ total: inbox.total, items: asked.map((itemId) => ({ itemId, unread: inbox.per(itemId) })) });
      // Each was assigned to the department: one notification each; another department's item: none for it.
      expect(answer.items.map((i) => i.unread)).toEqual([1, 1, 1, 0]);
      expect(answer.total).toBe(3);
    });

    it('goes down as the department reads', async () => {
      const [first] = (await water.GET('/v1/inbox', { params: { query: { unread: true } } })).data!.items.filter(
        (n) => n.itemId === ids.W2,
      );
      expect((await water.POST('/v1/inbox/{id}/read', { params: { path: { id: first.id } } })).response.status).toBe(200);
      const answer = await counts(water, [ids.W1, ids.W2, ids.W3.toUpperCase()]);
      expect(answer).toEqual({
        total: 2,
        items: [
          { itemId: ids.W1, unread: 1 },
          { itemId: ids.W2, unread: 0 },
          { itemId: ids.W3, unread: 1 },
        ],
      });
    });

    it('gives the badge alone without items, and another principal its own counts', async () => {
      expect(await counts(water)).toEqual({ total: 2, items: [] });
      const agriCounts = await counts(agri, [ids.W1]);
      expect(agriCounts.items).toEqual([{ itemId: ids.W1, unread: 0 }]);
      // Its own: the assignments of C1 and N1, and C1's missed reports.
      expect(agriCounts.total).toBeGreaterThanOrEqual(2);
    });

    it('refuses what is not a list of item ids, or more than a page', async () => {
      for (const items of ['W1', `${ids.W1};${ids.W2}`, `${ids.W1},`, Array.from({ length: 101 }, () => ids.W1).join(',')]) {
        const r = await water.GET('/v1/inbox/unread-counts', { params: { query: { items } } });
        expect({ items: items.slice(0, 40), status: r.response.status }).toEqual({ items: items.slice(0, 40), status: 400 });
      }
    });
  });
});
