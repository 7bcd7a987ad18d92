import { type FiledItem, type ItemEvent, fold, initialState } from '@closeloop/domain';
import { type EventStore, createEventStore } from '@closeloop/event-store';
import {
  type ItemCursor,
  type ItemFilter,
  type ItemView,
  anyItem,
  findItem,
  listItemsJson,
  readModelProjections,
  rebuildReadModels,
  toItemView,
} from '@closeloop/read-models';
import { migrateTo, migrateToLatest } from '@closeloop/db';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { ItemEventLog } from '../support/item-event-log';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * The item view as readers get it: stored once per row by the item projection (toItemView of the folded state),
 * returned as stored by a get and by the list (filters, scope, pages), and written the same by a rebuild.
 */

const units = [
  { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner', parent_id: null },
  { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parent_id: 'hhht' },
  { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parent_id: 'hhht' },
  { id: 'hhht-forest', name: '呼和浩特市林业和草原局', kind: 'department', parent_id: 'hhht' },
] as const;

const policy = { dueSoonBefore: 'P7D', revisitAfter: ['P3M'], requiredEvidenceKinds: ['photo'], reportEvery: 'P7D' };
const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/hhht/after.jpg', name: '整改后现场照片' };
const PLAN = 'HHHT-VIEW';
const OTHER_PLAN = 'HHHT-VIEW-2';

/** The item log with the filing and acknowledgement these views are read after. */
class ItemLog extends ItemEventLog {
  constructor(store: EventStore) {
    super(store, 'item-views-int');
  }

  file(
    code: string,
    filedAt: string,
    options: { plan?: string; unit?: string; deadline?: string | null; definition?: object; assignment?: object } = {},
  ) {
    const deadline = options.deadline === undefined ? '2027-06-30' : options.deadline;
    const definition = {
      planCode: options.plan ?? PLAN,
      code,
      title: `整改事项 ${code}`,
      finding: '督察反馈问题',
      target: '整改到位',
      measures: ['排查', '整治'],
    };
    return this.append(
      code,
      [
        'ItemFiled',
        filedAt,
        { ...definition, kind: deadline === null ? 'long_term' : 'time_bound', deadline, milestones: [], policy, ...options.definition },
      ],
      [
        'ItemAssigned',
        filedAt,
        {
          responsibleUnitId: options.unit ?? 'hhht-water',
          cooperatingUnitIds: ['hhht-forest'],
          supervisingUnitId: 'hhht-eco',
          responsiblePerson: '张三',
          leaderInCharge: '李四',
          ...options.assignment,
        },
      ],
    );
  }

  acknowledge = (code: string, at: string) => this.append(code, ['ItemAcknowledged', at, { unitId: 'hhht-water' }]);
}

async function fixture(): Promise<{ database: TestDatabase; log: ItemLog }> {
  const database = await createTestDatabase();
  await database.db
    .insertInto('units')
    .values([...units])
    .execute();
  const log = new ItemLog(createEventStore(database.db, { projections: readModelProjections }));
  // An indicator, a milestone reached, a percent no float4 holds, a pending extension.
  await log.file('IND', '2026-03-01T01:00:00.000Z', {
    definition: {
      indicator: { name: '整治完成率', unit: '%', target: 100, direction: 'at_least' },
      milestones: [{ id: 'm1', title: '完成排查', due: '2026-09-30' }],
    },
  });
  await log.acknowledge('IND', '2026-03-02T02:00:00.000Z');
  await log.append(
    'IND',
    [
      'ProgressReported',
      '2026-03-09T03:00:00.000Z',
      { percent: 100 / 3, indicatorValue: 41.25, note: '完成排查', evidence: [photo], milestonesReached: ['m1'] },
    ],
    ['ExtensionRequested', '2026-03-10T04:00:00.000Z', { requestId: randomUUID(), proposedDeadline: '2027-09-30', reason: '汛期影响施工' }],
  );
  // Long-term: no deadline, nobody named, never acknowledged.
  await log.file('LONG', '2026-03-01T01:00:00.001Z', {
    deadline: null,
    assignment: { responsiblePerson: undefined, leaderInCharge: undefined, cooperatingUnitIds: [] },
  });
  // Closed, with a revisit scheduled.
  await log.file('CLOSED', '2026-03-02T00:00:00.000Z', { unit: 'hhht-forest' });
  await log.acknowledge('CLOSED', '2026-03-03T00:00:00.000Z');
  await log.append(
    'CLOSED',
    ['ClosureRequested', '2026-05-01T08:00:00.000Z', { evidence: [photo], note: '申请销号' }],
    ['VerificationAccepted', '2026-05-02T08:00:00.000Z', { note: '验收合格' }],
    ['ItemClosed', '2026-05-02T08:00:00.000Z', { filedWith: 'hhht', revisits: [{ revisitId: 'r1', dueAt: '2026-08-02T08:00:00.000Z' }] }],
  );
  // Overdue, escalated with document numbers, a higher level proposed.
  await log.file('ESC', '2026-03-04T00:00:00.000Z', { deadline: '2026-06-30' });
  await log.acknowledge('ESC', '2026-03-05T00:00:00.000Z');
  await log.append(
    'ESC',
    ['ItemOverdue', '2026-07-01T00:00:00.000Z', { deadline: '2026-06-30' }],
    ['EscalationRaised', '2026-07-02T00:00:00.000Z', { level: 'warning', trigger: 'overdue', documentNumber: '呼环督〔2026〕3号' }],
    ['EscalationProposed', '2026-07-16T00:00:00.000Z', { level: 'bulletin', trigger: 'overdue' }],
  );
  // Another plan, filed in one millisecond (the filing times differ in microseconds, as the events give them).
  for (const [code, micro] of [
    ['P2-1', 3],
    ['P2-2', 1],
    ['P2-3', 2],
  ] as const) {
    await log.file(code, `2026-03-07T00:00:00.00000${micro}Z`, { plan: OTHER_PLAN, unit: 'hhht-forest' });
  }
  for (let i = 0; i < 6; i++) await log.file(`MANY-${i}`, `2026-03-08T00:00:0${i}.000Z`, { unit: i % 2 ? 'hhht-forest' : 'hhht-water' });
  return { database, log };
}

const codesOf = (itemsJson: string): string[] => (JSON.parse(itemsJson) as ItemView[]).map((item) => item.code);

/** Every page of a list, walked with its cursor. */
async function walk(list: (after?: ItemCursor) => Promise<{ itemsJson: string; next?: ItemCursor }>) {
  const pages: { itemsJson: string; next?: ItemCursor }[] = [];
  for (let after: ItemCursor | undefined; ;) {
    const page = await list(after);
    pages.push(page);
    if (!page.next || pages.length > 50) return pages;
    after = page.next;
  }
}

describe('the item view, stored once by the projection', () => {
  let database: TestDatabase;
  let log: ItemLog;
  const all: ItemFilter = { scope: 'all' };
  const storedRows = () =>
    database.db
      .selectFrom('items')
      .selectAll()
      .select(sql<string>`view::text`.as('view_text'))
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    ({ database, log } = await fixture());
  });
  afterAll(() => database.drop());

  it("stores toItemView of the fold of the item's stream, and a get returns it", async () => {
    const rows = await storedRows();
    expect(rows).toHaveLength(log.ids.size);
    for (const row of rows) {
      const events = await database.db
        .selectFrom('events')
        .selectAll()
        .where('stream_id', '=', `item-${row.id}`)
        .orderBy('stream_version')
        .execute();
      const state = fold(
        initialState(),
        events.map((e) => ({ type: e.type, data: e.data }) as ItemEvent),
      ) as FiledItem;
      const last = events[events.length - 1];
      const expected = toItemView(state, { version: last.stream_version, updatedAt: last.recorded_at });
      // Equal as JSON values: nested keys may come in another order (the live fold goes on from the state as jsonb gives it back).
      expect({ code: row.code, view: JSON.parse(row.view_text) as unknown }).toEqual({ code: row.code, view: expected });
      expect(await findItem(database.db, row.id)).toEqual(expected);
    }
  });

  it('shows what a user reads: defaults, percents as reported, escalation, times in UTC with milliseconds', async () => {
    const views = new Map(
      (JSON.parse((await listItemsJson(database.db, all, { limit: 100 })).itemsJson) as ItemView[]).map((v) => [v.code, v]),
    );
    expect(views.get('IND')).toMatchObject({
      status: 'in_progress',
      percent: 100 / 3,
      indicatorValue: 41.25,
      indicator: { target: 100 },
      milestones: [{ id: 'm1', reached: true }],
      pendingExtension: { proposedDeadline: '2027-09-30' },
      reportCount: 1,
      lastReportAt: '2026-03-09T03:00:00.000Z',
      version: 5,
    });
    expect(views.get('LONG')).toMatchObject({
      kind: 'long_term',
      deadline: null,
      originalDeadline: null,
      responsiblePerson: null,
      leaderInCharge: null,
      cooperatingUnitIds: [],
      nextWakeUp: null,
    });
    expect(views.get('CLOSED')).toMatchObject({
      status: 'closed',
      light: 'green',
      closedAt: '2026-05-02T08:00:00.000Z',
      revisits: [{ revisitId: 'r1', status: 'scheduled' }],
    });
    expect(views.get('ESC')).toMatchObject({
      overdue: true,
      light: 'red',
      escalation: { level: 'warning', proposed: 'bulletin', documentNumbers: ['呼环督〔2026〕3号'] },
    });
    expect(views.get('P2-1')!.filedAt).toBe('2026-03-07T00:00:00.000Z');
    expect(views.get('MANY-0')!.nextWakeUp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('lists the items each filter and scope lets through, in filing order', async () => {
    const cases: [ItemFilter, string[]][] = [
      [{ scope: 'all', planCode: OTHER_PLAN }, ['P2-2', 'P2-3', 'P2-1']],
      [{ scope: 'all', planCode: PLAN, status: 'closed' }, ['CLOSED']],
      [{ scope: 'all', light: 'red' }, ['ESC']],
      [{ scope: 'all', overdue: true }, ['ESC']],
      [{ scope: 'all', dueBefore: '2027-01-01' }, ['ESC']],
      [{ scope: 'all', planCode: PLAN, unitId: 'hhht-forest' }, ['CLOSED', 'MANY-1', 'MANY-3', 'MANY-5']],
      [{ scope: new Set(['hhht-forest']), planCode: PLAN }, ['CLOSED', 'MANY-1', 'MANY-3', 'MANY-5']],
      [{ scope: new Set(['hhht-water', 'nowhere']), status: 'in_progress' }, ['IND', 'ESC']],
      [{ scope: new Set(['nowhere']) }, []],
      [{ scope: new Set() }, []],
    ];
    for (const [filter, codes] of cases) {
      const label = JSON.stringify(filter, (_, v: unknown) => (v instanceof Set ? [...v] : v));
      const page = await listItemsJson(database.db, filter, { limit: 100 });
      expect({ label, codes: codesOf(page.itemsJson), next: page.next }).toEqual({ label, codes, next: undefined });
      expect({ label, any: await anyItem(database.db, filter) }).toEqual({ label, any: codes.length > 0 });
    }
    const everything = await listItemsJson(database.db, all, { limit: 100 });
    expect(everything.itemsJson).toBe(
      `[${(
        await database.db
          .selectFrom('items')
          .select(sql<string>`view::text`.as('v'))
          .orderBy('filed_at')
          .orderBy('id')
          .execute()
      )
        .map((r) => r.v)
        .join(',')}]`,
    );
  });

  it('pages by filing time and id: every item once, in order, whatever the page size', async () => {
    const filter: ItemFilter = { scope: 'all', planCode: PLAN };
    const whole = codesOf((await listItemsJson(database.db, filter, { limit: 100 })).itemsJson);
    expect(whole).toHaveLength(10);
    for (const limit of [1, 3, 4, 10]) {
      const pages = await walk((after) => listItemsJson(database.db, filter, { limit, after }));
      expect(pages.flatMap((p) => codesOf(p.itemsJson))).toEqual(whole);
      expect(pages).toHaveLength(Math.ceil(whole.length / limit));
    }
    // The cursor keeps the microseconds: items filed in one millisecond are not skipped or repeated.
    const sameMillisecond = await walk((after) => listItemsJson(database.db, { scope: 'all', planCode: OTHER_PLAN }, { limit: 1, after }));
    expect(sameMillisecond.flatMap((p) => codesOf(p.itemsJson))).toEqual(['P2-2', 'P2-3', 'P2-1']);
    expect(sameMillisecond[0].next!.at).toBe('2026-03-07T00:00:00.000001Z');
  });

  it('keeps the view in step with every later event', async () => {
    await log.acknowledge('MANY-0', '2026-03-09T00:00:00.000Z');
    await log.append('MANY-0', [
      'ProgressReported',
      '2026-03-10T00:00:00.000Z',
      { percent: 12.5, evidence: [photo], milestonesReached: [] },
    ]);
    const item = await findItem(database.db, log.idOf('MANY-0'));
    expect(item).toMatchObject({ status: 'in_progress', percent: 12.5, reportCount: 1, version: 4 });
    const listed = JSON.parse(
      (await listItemsJson(database.db, { scope: 'all', status: 'in_progress', unitId: 'hhht-water' }, { limit: 100 })).itemsJson,
    ) as ItemView[];
    expect(listed.find((v) => v.code === 'MANY-0')).toEqual(item);
  });

  it('a rebuild from the log writes the same rows and the same views as the live projection', async () => {
    const live = await storedRows();
    // What a change to the view's shape leaves until the rebuild: stale views, gone after it.
    await sql`update items set view = '{"stale": true}'`.execute(database.db);
    const replayed = await rebuildReadModels(database.db, { batchSize: 7 });
    expect(replayed).toBeGreaterThan(live.length);
    const rebuilt = await storedRows();
    expect(rebuilt.map(({ view_text: _, ...row }) => row)).toEqual(live.map(({ view_text: _, ...row }) => row));
  });
});

describe('the migration that leaves the view to the projection (2026-12-01T00-00-item-view-from-state)', () => {
  it('drops the columns only the view read; down brings them back from the stored views', async () => {
    const { database, log } = await fixture();
    try {
      const columns = async () =>
        (
          await sql<{
            name: string;
          }>`select attname as name from pg_attribute where attrelid = 'items'::regclass and attnum > 0 and not attisdropped order by attnum`.execute(
            database.db,
          )
        ).rows.map((r) => r.name);
      const latest = await columns();
      expect(latest).not.toEqual(expect.arrayContaining(['title']));
      await migrateTo(database.db, '2026-11-23T05-00-item-views');
      const { rows } = await sql<
        Record<string, unknown>
      >`select title, kind, original_deadline, percent, next_wake_up from items where id = ${log.idOf('IND')}`.execute(database.db);
      expect(rows).toEqual([
        {
          title: '整改事项 IND',
          kind: 'time_bound',
          original_deadline: '2027-06-30',
          percent: 33.333332,
          next_wake_up: new Date('2026-03-23T02:00:00.000Z'),
        },
      ]);
      await migrateToLatest(database.db);
      expect(await columns()).toEqual(latest);
    } finally {
      await database.drop();
    }
  });
});

describe('the migration that adds the queue and escalation columns (2026-12-06T00-00-item-queues)', () => {
  it('fills them from each row’s state as the projection writes them', async () => {
    const { database, log } = await fixture();
    try {
      // A closure after a public notice, and a closed item with a revisit due.
      await log.file('NOTICE', '2026-03-09T00:00:00.000Z');
      await log.acknowledge('NOTICE', '2026-03-09T01:00:00.000Z');
      await log.append(
        'NOTICE',
        ['ClosureRequested', '2026-04-01T00:00:00.000Z', { evidence: [photo] }],
        ['PublicNoticeStarted', '2026-04-01T00:00:00.000Z', { endsAt: '2026-04-15T00:00:00.000Z' }],
        ['PublicNoticeEnded', '2026-04-15T00:00:05.000Z', {}],
      );
      await log.append('CLOSED', ['RevisitDue', '2026-08-02T08:00:01.000Z', { revisitId: 'r1' }]);
      const columns = () =>
        database.db
          .selectFrom('items')
          .select(['code', 'awaiting', 'waiting_since', 'escalation_level', 'escalation_proposed'])
          .orderBy('code')
          .execute();
      const projected = await columns();
      expect(projected.filter((r) => r.awaiting || r.escalation_level)).toEqual([
        {
          code: 'CLOSED',
          awaiting: 'revisit',
          waiting_since: new Date('2026-08-02T08:00:00.000Z'),
          escalation_level: null,
          escalation_proposed: null,
        },
        { code: 'ESC', awaiting: null, waiting_since: null, escalation_level: 'warning', escalation_proposed: 'bulletin' },
        {
          code: 'IND',
          awaiting: 'extension',
          waiting_since: new Date('2026-03-10T04:00:00.000Z'),
          escalation_level: null,
          escalation_proposed: null,
        },
        {
          code: 'NOTICE',
          awaiting: 'closure',
          waiting_since: new Date('2026-04-15T00:00:00.000Z'),
          escalation_level: null,
          escalation_proposed: null,
        },
      ]);
      await migrateTo(database.db, '2026-12-01T00-00-item-view-from-state');
      await migrateToLatest(database.db);
      expect(await columns()).toEqual(projected);
    } finally {
      await database.drop();
    }
  });
});

describe('the text search (2026-12-06T03-00-item-search)', () => {
  it('finds the text in the code, title, finding or target, any case, with % and _ taken literally; the migration writes what the projection writes', async () => {
    const { database, log } = await fixture();
    try {
      await log.file('TXT', '2026-03-10T00:00:00.000Z', {
        definition: { title: 'Sewage 截污纳管 100%_done', finding: '入河排污口未整治', target: '整治完成率达到85%' },
      });
      const codes = async (text: string) =>
        codesOf((await listItemsJson(database.db, { scope: 'all', text }, { limit: 100 })).itemsJson).sort();
      expect(await codes('截污')).toEqual(['TXT']);
      expect(await codes('sewage')).toEqual(['TXT']);
      expect(await codes('排污口')).toEqual(['TXT']);
      expect(await codes('85%')).toEqual(['TXT']);
      expect(await codes('100%_')).toEqual(['TXT']);
      expect(await codes('100_')).toEqual([]);
      expect(await codes('%')).toEqual(['TXT']);
      expect(await codes('MANY-')).toEqual(['MANY-0', 'MANY-1', 'MANY-2', 'MANY-3', 'MANY-4', 'MANY-5']);
      // Across two fields is not a match: each is a line of its own.
      expect(await codes('done 入河')).toEqual([]);
      const column = () => database.db.selectFrom('items').select(['code', 'search_text']).orderBy('code').execute();
      const projected = await column();
      await migrateTo(database.db, '2026-12-06T02-00-item-count-changes');
      await migrateToLatest(database.db);
      expect(await column()).toEqual(projected);
    } finally {
      await database.drop();
    }
  });
});
