import { verifyWebhookSignature } from '@closeloop/notifications';
import type { Schemas } from '@closeloop/api-client';
import { type ApiClient, createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { type Mail, Receiver, startSmtp } from '../support/notification-peers';
import { type RunningStack, startStack } from '../support/running-stack';
import { workingDaysFromToday } from '../support/test-dates';
import { until } from '../support/until';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const WEBHOOK_SECRET = 'whsec-water';

/**
 * Reminders, the ladder and delivery on the real servers, a real SMTP server and a real webhook receiver,
 * with a seconds-scale policy: a report every 4 s, reminded 2 s before; warning after one missed report,
 * bulletin after two; the deadline near enough to be reminded of at once, far enough never to pass. The worker
 * is killed and restarted mid-run; every notification still arrives once per channel.
 */
describe('reminders and the escalation ladder reach the right people exactly once', () => {
  jest.setTimeout(180_000);
  let stack: RunningStack;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const receiver = new Receiver();
  let admin: ApiClient;
  const as: Record<string, ApiClient> = {};
  let itemId = '';

  const onItem = () => ({ params: { path: { id: itemId } } });
  const events = async () => (await admin.GET('/v1/items/{id}/events', onItem())).data!.items;
  const item = async () => (await admin.GET('/v1/items/{id}', onItem())).data!;
  const undelivered = async () =>
    (await stack.database.db.selectFrom('deliveries').select('status').where('status', '!=', 'delivered').execute()).length;

  beforeAll(async () => {
    smtp = await startSmtp();
    await receiver.start();
    stack = await startStack({ workerProcess: true, smtpPort: smtp.port, outboundAllow: [receiver.hostPort] });
    admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-discipline', 'hhht-eco', 'xincheng', 'xincheng-water'));
    const people: [string, 'unit' | 'leader' | 'supervisor', string, Schemas['ChannelPreferenceDto'][]][] = [
      [
        'unit',
        'unit',
        'xincheng-water',
        [
          { channel: 'email', address: 'water@xincheng.gov.cn' },
          { channel: 'webhook', address: receiver.url('/water'), secret: WEBHOOK_SECRET },
        ],
      ],
      ['head', 'leader', 'xincheng-water', [{ channel: 'email', address: 'head@xincheng.gov.cn' }]],
      ['supervisor', 'supervisor', 'hhht-eco', [{ channel: 'webhook', address: receiver.url('/eco') }]],
      [
        'district',
        'leader',
        'xincheng',
        [
          { channel: 'email', address: 'leader@xincheng.gov.cn' },
          { channel: 'dingtalk', address: receiver.url('/dingtalk', '?access_token=t'), secret: 'SECxincheng' },
        ],
      ],
      [
        'city',
        'leader',
        'hhht',
        [
          { channel: 'email', address: 'mayor@hhht.gov.cn' },
          { channel: 'wecom', address: receiver.url('/wecom', '?key=k') },
        ],
      ],
      ['discipline', 'leader', 'hhht-discipline', [{ channel: 'email', address: 'jw@hhht.gov.cn' }]],
    ];
    for (const [name, role, unit, channels] of people) {
      as[name] = stack.client(await stack.keyFor(role, [unit]));
      expect((await as[name].PUT('/v1/me/channels', { body: { channels } })).response.status).toBe(200);
    }
    // The deadline is the next working day (see below); warned and reminded of it 30 days before, so both are due
    // at filing whatever the day: a Friday's "next working day" is Monday, National Day's eve's is a week away.
    const policy = {
      reportEvery: 'PT4S',
      remindBefore: 'PT2S',
      dueSoonBefore: 'P30D',
      remindBeforeDeadline: 'P30D',
      escalation: [
        { level: 'warning', missedReports: 1 },
        { level: 'bulletin', missedReports: 2 },
      ],
    };
    const plan = { id: 'LADDER', title: '整改方案', sourceInspection: '督察', ownerUnitId: 'hhht', policy };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
  });
  afterAll(async () => {
    await stack?.stop();
    await smtp?.close();
    await receiver.close();
  });

  it('reminds, climbs warning → bulletin, steps down on a report, takes a manual summons — with a worker crash in the middle', async () => {
    // Not today: an item due today turns overdue at midnight in Shanghai, which a run at 23:59 would cross.
    const deadline = workingDaysFromToday(1);
    const filed = await admin.POST('/v1/items', {
      body: {
        planCode: 'LADDER',
        code: '1',
        title: '黑臭水体整治',
        finding: '水体返黑返臭',
        target: '消除黑臭',
        deadline,
        responsibleUnitId: 'xincheng-water',
        supervisingUnitId: 'hhht-eco',
      },
    });
    expect(filed.response.status).toBe(201);
    itemId = filed.data!.id;
    expect((await as.unit.POST('/v1/items/{id}/acknowledgement', { ...onItem(), body: {} })).response.status).toBe(200);

    await until('the warning', async () => (await item()).escalation.level === 'warning');
    // Crash while the ladder is climbing (its next rung falls due while the worker is down), at a moment
    // when no send is in flight: a send cut off between the relay's OK and the commit of `delivered` is the
    // one case that can reach a receiver twice (docs/reminders-and-escalation.md).
    await until('the warning delivered', async () => (await undelivered()) === 0);
    await stack.workerProcess!.kill();
    await sleep(1500);
    await stack.workerProcess!.start();
    await until('the bulletin', async () => (await item()).escalation.level === 'bulletin');

    const report = await as.unit.POST('/v1/items/{id}/progress-reports', { ...onItem(), body: { percent: 50, note: '完成清淤' } });
    expect(report.response.status).toBe(200);
    expect(report.data!.escalation.level).toBeNull();
    const summons = await as.city.POST('/v1/items/{id}/escalations', {
      ...onItem(),
      body: { level: 'summons', reason: '群众反映强烈，约谈主要负责人' },
    });
    expect(summons.response.status).toBe(200);
    expect(summons.data!.escalation).toMatchObject({ level: 'summons', documentNumbers: [expect.stringMatching(/^约谈〔\d{4}〕1号$/)] });
    const closure = await as.unit.POST('/v1/items/{id}/closure-requests', {
      ...onItem(),
      body: { evidence: [{ kind: 'photo', ref: 'p.jpg' }] },
    });
    expect(closure.response.status).toBe(200); // no more reports are due while verification is pending

    // The log: each fact once, in order, the system as the actor of time-driven ones, the leader of the manual one.
    const log = await events();
    const kinds = log.map((e) =>
      e.type === 'EscalationRaised' || e.type === 'ReminderDue' ? `${e.type}:${String(e.data.level ?? e.data.subject)}` : e.type,
    );
    expect(kinds.slice(0, 2)).toEqual(['ItemFiled', 'ItemAssigned']);
    expect(kinds).toContain('DeadlineApproaching'); // inside the 30-day window
    expect(kinds).toContain('ReminderDue:deadline');
    expect(kinds.filter((k) => k === 'ReminderDue:report').length).toBeGreaterThanOrEqual(2);
    const ladder = kinds.filter((k) => /Escalation/.test(k));
    expect(ladder).toEqual(['EscalationRaised:warning', 'EscalationRaised:bulletin', 'EscalationSteppedDown', 'EscalationRaised:summons']);
    expect(log.find((e) => e.data.level === 'summons')!.metadata).toMatchObject({ role: 'leader', reason: '群众反映强烈，约谈主要负责人' });
    expect(log.find((e) => e.data.level === 'warning')!.metadata).toMatchObject({ role: 'system' });
    expect(new Set(log.map((e) => e.eventId)).size).toBe(log.length);

    // Every delivery done, none twice.
    await until('every delivery', async () => (await undelivered()) === 0);
    await sleep(1000); // nothing else should arrive
    const mailsTo = (address: string) => smtp.mails.filter((m: Mail) => m.to.includes(address));
    const subjects = (mails: Mail[]) => mails.map((m) => decodeSubject(m.raw));
    const byDelivery = (path: string) => receiver.ok(path).map((c) => c.headers['x-closeloop-delivery'] ?? c.body);
    for (const path of ['/water', '/eco', '/dingtalk', '/wecom']) expect(new Set(byDelivery(path)).size).toBe(byDelivery(path).length);
    expect(new Set(smtp.mails.map((m) => `${m.messageId} ${m.to.join()}`)).size).toBe(smtp.mails.length);

    // The right circle at each rung.
    const water = subjects(mailsTo('water@xincheng.gov.cn'));
    expect(water.some((s) => s.startsWith('提醒：整改时限即将到期'))).toBe(true);
    expect(water.some((s) => s.startsWith('提醒：进展报送即将到期'))).toBe(true);
    for (const rung of ['预警', '通报', '解除通报', '约谈']) expect(water.some((s) => s.startsWith(rung))).toBe(true);
    expect(subjects(mailsTo('head@xincheng.gov.cn')).filter((s) => /^(预警|通报|约谈|解除)/.test(s))).toHaveLength(4);
    expect(
      subjects(mailsTo('leader@xincheng.gov.cn'))
        .filter((s) => /^(预警|通报|约谈)/.test(s))
        .map((s) => s.slice(0, 2)),
    ).toEqual(['通报', '约谈']);
    expect(
      subjects(mailsTo('mayor@hhht.gov.cn'))
        .filter((s) => /^(预警|通报|约谈)/.test(s))
        .map((s) => s.slice(0, 2)),
    ).toEqual(['约谈']);
    expect(mailsTo('jw@hhht.gov.cn')).toEqual([]);
    expect(
      receiver
        .ok('/wecom')
        .map((c) => JSON.parse(c.body).markdown.content)
        .join(),
    ).toContain('约谈〔');
    expect(receiver.ok('/dingtalk').every((c) => c.url.searchParams.has('sign'))).toBe(true);
    expect(receiver.ok('/eco').length).toBeGreaterThanOrEqual(3); // bulletin, summons, missed reports
    for (const hook of receiver.ok('/water')) {
      const signed = { timestamp: String(hook.headers['x-closeloop-timestamp']), signature: String(hook.headers['x-closeloop-signature']) };
      expect(verifyWebhookSignature(WEBHOOK_SECRET, signed, hook.body)).toBe(true);
    }
  });
});

/** The Subject header, decoded from RFC 2047 encoded words. */
function decodeSubject(raw: string): string {
  const header = /^Subject:(.*(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r?\n[ \t]/g, ' ')
    .trim()
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}
