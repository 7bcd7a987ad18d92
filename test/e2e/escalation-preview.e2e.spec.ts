import type { Schemas } from '@closeloop/api-client';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { type RunningStack, startStack } from '../support/running-stack';
import { endOfMonthAhead, todayInShanghai } from '../support/test-dates';
import { fileItem } from '../support/file-item';

type Level = Schemas['EscalationPreviewDto']['level'];

const DEADLINE = endOfMonthAhead(6);
/** The series' year: the year, in Asia/Shanghai, the escalation happens in. */
const YEAR = todayInShanghai().slice(0, 4);

/**
 * Escalating by hand, a leader first sees the document number the escalation will get (约谈〔2026〕3号): the number
 * the escalation then records, unless someone else took it first.
 */
describe('the preview of an escalation by hand', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;
  let admin: ApiClient;
  let leader: ApiClient;
  let unit: ApiClient;
  const ids: Record<string, string> = {};

  const onItem = (code: string) => ({ params: { path: { id: ids[code] } } });
  const preview = (code: string, level: Level, as = leader) =>
    as.GET('/v1/items/{id}/escalations/preview', { params: { path: { id: ids[code] }, query: { level } } });
  const escalate = async (code: string, level: Level, version?: number) => {
    const r = await leader.POST('/v1/items/{id}/escalations', {
      ...onItem(code),
      body: { level, reason: '群众反映强烈，整改滞后' },
      ...(version ? { headers: { 'if-match': `"${version}"` } } : {}),
    });
    expect(r.response.status).toBe(200);
    return r.data!;
  };
  const recordedNumber = async (code: string) => {
    const log = (await admin.GET('/v1/items/{id}/events', onItem(code))).data!.items;
    return log.filter((e) => e.type === 'EscalationRaised').at(-1)!.data.documentNumber;
  };

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-eco', 'hhht-water', 'wuchuan'));
    const plan = { id: 'PREVIEW', title: '整改方案', sourceInspection: '督察', ownerUnitId: 'hhht' };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    leader = stack.client(await stack.keyFor('leader', ['hhht']));
    unit = stack.client(await stack.keyFor('unit', ['hhht-water']));
    for (const code of ['E1', 'E2', 'E3', 'E4']) {
      const filed = await fileItem(admin, {
        planCode: 'PREVIEW',
        code,
        deadline: DEADLINE,
        responsibleUnitId: 'hhht-water',
        supervisingUnitId: 'hhht-eco',
      });
      ids[code] = filed.id;
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('shows the number the escalation then records', async () => {
    const shown = await preview('E1', 'summons');
    expect(shown.response.status).toBe(200);
    expect(shown.data).toMatchObject({ itemId: ids.E1, level: 'summons', documentKind: '约谈', documentNumber: `约谈〔${YEAR}〕1号` });
    const escalated = await escalate('E1', 'summons', shown.data!.version);
    expect(escalated.escalation.documentNumbers).toEqual([shown.data!.documentNumber]);
    expect(await recordedNumber('E1')).toBe(shown.data!.documentNumber);
  });

  it('counts each kind of document in its own series', async () => {
    expect((await preview('E2', 'summons')).data!.documentNumber).toBe(`约谈〔${YEAR}〕2号`);
    const supervision = (await preview('E2', 'supervision')).data!;
    expect(supervision).toMatchObject({ documentKind: '督办', documentNumber: `督办〔${YEAR}〕1号` });
    await escalate('E2', 'supervision');
    expect(await recordedNumber('E2')).toBe(supervision.documentNumber);
  });

  it('shows no number for a level that issues no document', async () => {
    for (const level of ['warning', 'bulletin', 'accountability'] as const) {
      expect((await preview('E3', level)).data).toMatchObject({ level, documentKind: null, documentNumber: null });
    }
  });

  it('may be overtaken: someone else escalating first takes the number shown', async () => {
    const shown = (await preview('E3', 'summons')).data!;
    expect(shown.documentNumber).toBe(`约谈〔${YEAR}〕2号`);
    await escalate('E4', 'summons');
    expect(await recordedNumber('E4')).toBe(shown.documentNumber);
    expect((await preview('E3', 'summons')).data!.documentNumber).toBe(`约谈〔${YEAR}〕3号`);
    await escalate('E3', 'summons');
    expect(await recordedNumber('E3')).toBe(`约谈〔${YEAR}〕3号`);
  });

  it('is refused as the escalation would be', async () => {
    const notHigher = await preview('E1', 'warning');
    expect(notHigher.response.status).toBe(409);
    expect(notHigher.error).toMatchObject({ type: '/problems/not-higher' });
    const notLeader = await preview('E2', 'summons', unit);
    expect(notLeader.response.status).toBe(403);
    expect(notLeader.error).toMatchObject({ type: '/problems/not-leader' });
    const outOfScope = stack.client(await stack.keyFor('leader', ['wuchuan']));
    expect((await preview('E2', 'summons', outOfScope)).response.status).toBe(404);
    const noLevel = await leader.GET('/v1/items/{id}/escalations/preview', {
      params: { path: { id: ids.E2 }, query: {} as { level: Level } },
    });
    expect(noLevel.response.status).toBe(400);
    expect(noLevel.error).toMatchObject({ type: '/problems/validation', errors: [{ field: 'level' }] });
  });
});
