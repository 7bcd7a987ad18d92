import { type Database, migrateTo, migrateToLatest } from '@closeloop/db';
import { type EventStore, createEventStore } from '@closeloop/event-store';
import {
  type ItemCursor,
  type ItemFilter,
  type ItemView,
  listItems,
  listItemsJson,
  readModelProjections,
  rebuildReadModels,
  toItemView,
} from '@closeloop/read-models';
import { type Kysely, sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * The item list as JSON text (listItemsJson, what GET /v1/items sends: the rows' stored views, items.view, joined by
 * PostgreSQL) against the views the API builds in Node from the rows (toItemView, listItems), on items projected from
 * real event streams in many states; the stored views after a rebuild; and the views the migration that added the
 * column wrote for rows that were there before it.
 *
 * "The same" is checked byte for byte: the text against `JSON.stringify(views)`, so values, nulls, defaults, key
 * order and nested key order (the state's, as jsonb returns it) must all agree. Views filled by the migration are
 * compared after one JSON round trip (`JSON.stringify(JSON.parse(text))`): PostgreSQL writes blanks in the values
 * they pass on from the state.
 */

const units = [
  { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner', parent_id: null },
  { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parent_id: 'hhht' },
  { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parent_id: 'hhht' },
  { id: 'hhht-forest', name: '呼和浩特市林业和草原局', kind: 'department', parent_id: 'hhht' },
] as const;

const policy = { dueSoonBefore: 'P7D', revisitAfter: ['P3M'], requiredEvidenceKinds: ['photo'], reportEvery: 'P7D' };
const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/hhht/after.jpg', name: '整改后现场照片' };
const PLAN = 'HHHT-LIST';
const OTHER_PLAN = 'HHHT-LIST-2';

type Appended = [type: string, at: string, data?: Record<string, unknown>];

/** Appends item events (shapes of libs/domain events.ts) through the event store with the read-model projections. */
class ItemLog {
  readonly ids = new Map<string, string>();
  private readonly versions = new Map<string, number>();

  constructor(private readonly store: EventStore) {}

  idOf(code: string): string {
    if (!this.ids.has(code)) this.ids.set(code, randomUUID());
    return this.ids.get(code)!;
  }

  async append(code: string, ...events: Appended[]): Promise<void> {
    const itemId = this.idOf(code);
    const version = this.versions.get(code) ?? 0;
    await this.store.append(
      `item-${itemId}`,
      version,
      events.map(([type, when, data = {}]) => ({
        eventId: randomUUID(),
        type,
        data: { itemId, ...data, at: when },
        metadata: { commandId: randomUUID(), actorId: 'test', role: 'admin', requestId: 'item-list-json-int' },
      })),
    );
    this.versions.set(code, version + events.length);
  }

  file(
    code: string,
    filedAt: string,
    options: { plan?: string; unit?: string; deadline?: string | null; definition?: Record<string, unknown>; assignment?: Record<string, unknown> } = {},
  ): Promise<void> {
    const deadline = options.deadline === undefined ? '2027-06-30' : options.deadline;
    return this.append(
      code,
      [
        'ItemFiled',
        filedAt,
        {
          planCode: options.plan ?? PLAN,
          code,
          title: `整改事项 ${code}`,
          finding: '督察反馈问题',
          target: '整改到位',
          measures: ['排查', '整治', '验收'],
          kind: deadline === null ? 'long_term' : 'time_bound',
          deadline,
          milestones: [],
          policy,
          ...options.definition,
        },
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

  acknowledge = (code: string, when: string) => this.append(code, ['ItemAcknowledged', when, { unitId: 'hhht-water' }]);

  close = (code: string, requestedAt: string, closedAt: string, revisits: { revisitId: string; dueAt: string }[]) =>
    this.append(
      code,
      ['ClosureRequested', requestedAt, { evidence: [photo], note: '申请销号' }],
      ['VerificationAccepted', closedAt, { note: '验收合格' }],
      ['ItemClosed', closedAt, { filedWith: 'hhht', revisits }],
    );
}

/** A row of `items` with its stored view's text (the column itself is parsed when selected). */
type StoredRow = Awaited<ReturnType<typeof storedRows>>[number];

/** Every row with its view as stored (text), by id. */
async function storedRows(db: Kysely<Database>) {
  return db
    .selectFrom('items')
    .selectAll()
    .select(sql<string>`view::text`.as('view_text'))
    .orderBy('id')
    .execute();
}

/** The row's view as toItemView writes it, and as stored. */
const viewPair = ({ view: _view, view_text, ...row }: StoredRow) => ({ code: row.code, stored: view_text, expected: JSON.stringify(toItemView(row)) });

/** The same rows, as the API builds them in Node. */
async function viewsInOrder(db: Kysely<Database>): Promise<ItemView[]> {
  const rows = await db.selectFrom('items').selectAll().orderBy('filed_at').orderBy('id').execute();
  return rows.map(toItemView);
}

/** One JSON round trip: what a client reads, with key order (Jest's toEqual ignores it). */
const roundTrip = (text: string): string => JSON.stringify(JSON.parse(text));

/** Every page of a list, walked with each function's own cursor. */
async function walk<Page extends { next?: ItemCursor }>(
  list: (after: ItemCursor | undefined) => Promise<Page>,
): Promise<Page[]> {
  const pages: Page[] = [];
  let after: ItemCursor | undefined;
  for (;;) {
    const page = await list(after);
    pages.push(page);
    if (!page.next) return pages;
    if (pages.length > 100) throw new Error('does not end');
    after = page.next;
  }
}

/** A database with the units and an event log of items in many states, projected as they were appended. */
async function fixture(): Promise<{ database: TestDatabase; log: ItemLog }> {
  const database = await createTestDatabase();
  await database.db.insertInto('units').values([...units]).execute();
  const log = new ItemLog(createEventStore(database.db, { projections: readModelProjections }));

  // An indicator, a milestone reached, a fractional percent, a pending extension.
  await log.file('IND', '2026-03-01T01:00:00.000Z', {
    definition: {
      indicator: { name: '整治完成率', unit: '%', target: 100, direction: 'at_least' },
      milestones: [{ id: 'm1', title: '完成排查', due: '2026-09-30' }, { id: 'm2', title: '完成封堵', due: '2027-03-31' }],
    },
  });
  await log.acknowledge('IND', '2026-03-02T02:00:00.000Z');
  await log.append(
    'IND',
    ['ProgressReported', '2026-03-09T03:00:00.000Z', { percent: 33.3, indicatorValue: 41.25, note: '完成排查', evidence: [photo], milestonesReached: ['m1'] }],
    ['ExtensionRequested', '2026-03-10T04:00:00.000Z', { requestId: randomUUID(), proposedDeadline: '2027-09-30', reason: '汛期影响施工' }],
  );
  // Long-term: no deadline, no responsible person nor leader (undefined in the state), never acknowledged.
  await log.file('LONG', '2026-03-01T01:00:00.001Z', {
    deadline: null,
    assignment: { responsiblePerson: undefined, leaderInCharge: undefined, cooperatingUnitIds: [] },
  });
  // A closure request under public notice.
  await log.file('NOTICE', '2026-03-01T01:00:00.002Z');
  await log.acknowledge('NOTICE', '2026-03-02T02:00:00.000Z');
  await log.append(
    'NOTICE',
    ['ClosureRequested', '2026-04-01T08:00:00.000Z', { evidence: [photo, { kind: 'document', ref: 'doc-1' }], note: '申请销号' }],
    ['PublicNoticeStarted', '2026-04-02T08:00:00.000Z', { endsAt: '2026-04-09T08:00:00.000Z' }],
  );
  // Closed, with two revisits scheduled.
  await log.file('CLOSED', '2026-03-02T00:00:00.000Z');
  await log.acknowledge('CLOSED', '2026-03-03T00:00:00.000Z');
  await log.close('CLOSED', '2026-05-01T08:00:00.000Z', '2026-05-02T08:00:00.000Z', [
    { revisitId: 'r1-1', dueAt: '2026-08-02T08:00:00.000Z' },
    { revisitId: 'r1-2', dueAt: '2026-11-02T08:00:00.000Z' },
  ]);
  // Closed, relapsed at its revisit, reopened; a rejection before.
  await log.file('RELAPSE', '2026-03-02T00:00:00.000Z');
  await log.acknowledge('RELAPSE', '2026-03-03T00:00:00.000Z');
  await log.append(
    'RELAPSE',
    ['ClosureRequested', '2026-04-01T08:00:00.000Z', { evidence: [photo] }],
    ['VerificationRejected', '2026-04-02T08:00:00.000Z', { reasons: ['现场仍有排污口未封堵'] }],
  );
  await log.close('RELAPSE', '2026-05-01T08:00:00.000Z', '2026-05-02T08:00:00.000Z', [{ revisitId: 'r1-1', dueAt: '2026-08-02T08:00:00.000Z' }]);
  await log.append(
    'RELAPSE',
    ['RevisitDue', '2026-08-02T08:00:00.000Z', { revisitId: 'r1-1' }],
    ['RelapseFound', '2026-08-03T08:00:00.000Z', { revisitId: 'r1-1', findings: '排污口复现' }],
    ['ItemReopened', '2026-08-03T08:00:00.000Z', { newDeadline: '2026-12-31', relapseCount: 1 }],
  );
  // Consolidated: nothing left to wake up for.
  await log.file('CONSOL', '2026-03-03T00:00:00.000Z', { unit: 'hhht-forest' });
  await log.acknowledge('CONSOL', '2026-03-04T00:00:00.000Z');
  await log.close('CONSOL', '2026-05-01T08:00:00.000Z', '2026-05-02T08:00:00.000Z', [{ revisitId: 'r1-1', dueAt: '2026-08-02T08:00:00.000Z' }]);
  await log.append(
    'CONSOL',
    ['RevisitDue', '2026-08-02T08:00:00.000Z', { revisitId: 'r1-1' }],
    ['RevisitConsolidated', '2026-08-03T08:00:00.000Z', { revisitId: 'r1-1', findings: '整改成果巩固' }],
    ['ItemConsolidated', '2026-08-03T08:00:00.000Z', {}],
  );
  // Reports missed, overdue, escalated twice with document numbers, a higher level proposed.
  await log.file('ESC', '2026-03-04T00:00:00.000Z', { deadline: '2026-06-30' });
  await log.acknowledge('ESC', '2026-03-05T00:00:00.000Z');
  await log.append(
    'ESC',
    ['ReportMissed', '2026-03-12T16:00:00.000Z', { period: 1, dueAt: '2026-03-12T16:00:00.000Z', missedInARow: 1 }],
    ['ReportMissed', '2026-03-19T16:00:00.000Z', { period: 2, dueAt: '2026-03-19T16:00:00.000Z', missedInARow: 2 }],
    ['ItemOverdue', '2026-07-01T00:00:00.000Z', { deadline: '2026-06-30' }],
    ['EscalationRaised', '2026-07-02T00:00:00.000Z', { level: 'warning', trigger: 'overdue', documentNumber: '呼环督〔2026〕3号' }],
    ['EscalationRaised', '2026-07-09T00:00:00.000Z', { level: 'bulletin', trigger: 'manual', reason: '久拖不决', documentNumber: '呼环督〔2026〕7号' }],
    ['EscalationProposed', '2026-07-16T00:00:00.000Z', { level: 'supervision', trigger: 'overdue' }],
  );
  // Text that JSON must escape, in columns and in the state.
  await log.file('TEXT', '2026-03-05T00:00:00.000Z', {
    definition: { title: '引号"反斜杠\\换行\n制表\t控制\u0001\u001f表情😀</script>', finding: '"\\/\b\f\r\u2028', measures: [] },
  });
  // Plain items, for states of older shapes (the migration's test).
  await log.file('OLD', '2026-03-06T00:00:00.000Z');
  await log.file('OLD2', '2026-03-06T00:00:01.000Z');
  // Keys jsonb orders otherwise than they were written (by length in bytes, then bytewise; JS puts integer-like
  // keys first), passed on from the state as they are.
  await log.file('KEYS', '2026-03-05T00:00:01.000Z', {
    definition: {
      indicator: { name: '达标率', unit: '%', target: 95, direction: 'at_least', 备注: '非 ASCII 键', é: 'é', ab: 'ab', '10': 'ten', '9': 'nine', zz: { y: 1, x: [{ b: 2, a: 1 }] } },
    },
  });
  // Percents a `real` column does not hold exactly: 100/3 reads back as 33.333332; 42.7578125 is a float4 halfway
  // between two 8-digit decimals, written with the even one.
  await log.file('THIRD', '2026-03-05T00:00:02.000Z');
  await log.acknowledge('THIRD', '2026-03-06T00:00:00.000Z');
  await log.append('THIRD', ['ProgressReported', '2026-03-07T00:00:00.000Z', { percent: 100 / 3, evidence: [photo], milestonesReached: [] }]);
  await log.file('HALF', '2026-03-05T00:00:03.000Z');
  await log.acknowledge('HALF', '2026-03-06T00:00:00.000Z');
  await log.append('HALF', ['ProgressReported', '2026-03-07T00:00:00.000Z', { percent: 42.7578125, evidence: [photo], milestonesReached: [] }]);
  // Another plan, and items filed in the same millisecond (their filing times differ in microseconds only, as the
  // events give them).
  for (const [code, micro] of [['P2-1', 3], ['P2-2', 1], ['P2-3', 2]] as const) {
    await log.file(code, `2026-03-07T00:00:00.00000${micro}Z`, { plan: OTHER_PLAN, unit: 'hhht-forest' });
  }
  // Many like IND, for pages.
  for (let i = 0; i < 12; i++) await log.file(`MANY-${i}`, `2026-03-08T00:00:${String(i).padStart(2, '0')}.000Z`, { unit: i % 2 ? 'hhht-forest' : 'hhht-water' });
  return { database, log };
}

/** The fixture says what it claims to: the states the comparisons must cover. */
function expectFixtureShapes(views: ItemView[]): void {
  const byCode = new Map(views.map((v) => [v.code, v]));
  expect(byCode.get('IND')).toMatchObject({ indicator: { target: 100 }, indicatorValue: 41.25, percent: 33.3, pendingExtension: { reason: '汛期影响施工' } });
  expect(byCode.get('IND')!.milestones[0]).toMatchObject({ id: 'm1', reached: true });
  expect(byCode.get('LONG')).toMatchObject({ deadline: null, originalDeadline: null, responsiblePerson: null, leaderInCharge: null, nextWakeUp: null });
  expect(byCode.get('NOTICE')).toMatchObject({ status: 'in_public_notice', closureRequest: { noticeEndsAt: '2026-04-09T08:00:00.000Z' } });
  expect(byCode.get('CLOSED')).toMatchObject({ status: 'closed', closedAt: '2026-05-02T08:00:00.000Z', nextWakeUp: expect.any(String) });
  expect(byCode.get('CLOSED')!.revisits).toHaveLength(2);
  expect(byCode.get('RELAPSE')).toMatchObject({ relapseCount: 1, rejectionCount: 1, closedAt: null, revisits: [{ status: 'relapsed' }] });
  expect(byCode.get('CONSOL')).toMatchObject({ status: 'consolidated', nextWakeUp: null });
  expect(byCode.get('ESC')).toMatchObject({
    missedReportsInARow: 2,
    overdue: true,
    escalation: { level: 'bulletin', proposed: 'supervision', documentNumbers: ['呼环督〔2026〕3号', '呼环督〔2026〕7号'] },
  });
  expect(Object.keys(byCode.get('KEYS')!.indicator!)).toEqual(['9', '10', 'ab', 'zz', 'é', 'name', 'unit', 'target', '备注', 'direction']);
  expect(byCode.get('THIRD')!.percent).toBe(33.333332);
  expect(byCode.get('HALF')!.percent).toBe(42.757812);
  expect(byCode.get('P2-1')!.filedAt).toBe('2026-03-07T00:00:00.000Z');
}

describe('the item list: stored views, as the item projection writes them, joined by PostgreSQL', () => {
  let database: TestDatabase;
  let log: ItemLog;
  const all: ItemFilter = { scope: 'all' };

  beforeAll(async () => {
    ({ database, log } = await fixture());
  });
  afterAll(() => database.drop());

  it('stores with each row the text of toItemView of the row, byte for byte', async () => {
    const rows = await storedRows(database.db);
    expect(rows).toHaveLength(log.ids.size);
    const pairs = rows.map(viewPair);
    for (const { code, stored, expected } of pairs) expect({ code, stored }).toEqual({ code, stored: expected });
  });

  it('writes each item as toItemView does: every field, its defaults, its order, its escapes and times', async () => {
    const { itemsJson, next } = await listItemsJson(database.db, all, { limit: 500 });
    expect(next).toBeUndefined();
    const views = await viewsInOrder(database.db);
    expect(views).toHaveLength(log.ids.size);
    expectFixtureShapes(views);

    const listed = JSON.parse(itemsJson) as ItemView[];
    for (const [i, view] of views.entries()) {
      // item by item first, for a readable difference
      expect({ code: view.code, keys: Object.keys(listed[i]) }).toEqual({ code: view.code, keys: Object.keys(view) });
      expect(listed[i]).toEqual(view);
    }
    expect(itemsJson).toBe(JSON.stringify(views));
  });

  it('keeps the view in step with every later event of the item', async () => {
    await log.append('MANY-0', ['ItemAcknowledged', '2026-03-09T00:00:00.000Z', { unitId: 'hhht-water' }]);
    await log.append('MANY-0', ['ProgressReported', '2026-03-10T00:00:00.000Z', { percent: 12.5, evidence: [photo], milestonesReached: [] }]);
    const row = (await storedRows(database.db)).find((r) => r.code === 'MANY-0')!;
    expect(JSON.parse(row.view_text)).toMatchObject({ status: 'in_progress', percent: 12.5, reportCount: 1, version: 4 });
    const { stored, expected } = viewPair(row);
    expect(stored).toBe(expected);
  });

  it('gives the same rows as listItems for each filter and scope, and nothing for an empty scope', async () => {
    const filters: ItemFilter[] = [
      all,
      { scope: 'all', planCode: PLAN },
      { scope: 'all', planCode: OTHER_PLAN },
      { scope: 'all', status: 'in_progress' },
      { scope: 'all', status: 'closed', planCode: PLAN },
      { scope: 'all', light: 'green' },
      { scope: 'all', overdue: true },
      { scope: 'all', overdue: false, planCode: PLAN },
      { scope: 'all', dueBefore: '2027-01-01' },
      { scope: 'all', dueAfter: '2026-12-31' },
      { scope: 'all', unitId: 'hhht-forest' },
      { scope: 'all', unitId: 'hhht-eco' },
      { scope: new Set(['hhht-forest']) },
      { scope: new Set(['hhht-water', 'nowhere']), planCode: PLAN, status: 'in_progress' },
      { scope: new Set(['nowhere']) },
      { scope: new Set() },
    ];
    for (const filter of filters) {
      const label = JSON.stringify(filter, (_, v) => (v instanceof Set ? [...v] : v));
      const expected = await listItems(database.db, filter, { limit: 500 });
      const actual = await listItemsJson(database.db, filter, { limit: 500 });
      expect({ label, items: actual.itemsJson }).toEqual({ label, items: JSON.stringify(expected.items) });
      expect(actual.next).toBeUndefined();
    }
    const empty = await listItemsJson(database.db, { scope: new Set(['nowhere']) }, { limit: 10 });
    expect(empty).toEqual({ itemsJson: '[]' });
    expect(await listItemsJson(database.db, { scope: new Set() }, { limit: 10 })).toEqual({ itemsJson: '[]' });
  });

  it('pages by the same keyset as listItems: cursor of one page, then the next, the same sequence', async () => {
    // Not the other plan: listItems' cursor has milliseconds only, and its items share one (next test).
    const filters: ItemFilter[] = [{ scope: 'all', planCode: PLAN }, { scope: new Set(['hhht-forest']), planCode: PLAN }, { scope: 'all', unitId: 'hhht-water' }];
    for (const filter of filters) {
      for (const limit of [1, 2, 3, 5, 7]) {
        const expected = await walk((after) => listItems(database.db, filter, { limit, after }));
        const actual = await walk((after) => listItemsJson(database.db, filter, { limit, after }));
        expect(actual.map((p) => p.itemsJson)).toEqual(expected.map((p) => JSON.stringify(p.items)));
        // The cursor names the same position: the page's last item.
        expect(actual.map((p) => p.next && { id: p.next.id, at: Date.parse(p.next.filedAt) })).toEqual(
          expected.map((p) => p.next && { id: p.next.id, at: Date.parse(p.next.filedAt) }),
        );
        for (const page of actual.slice(0, -1)) {
          expect(page.next!.filedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
          expect(page.next!.id).toBe(JSON.parse(page.itemsJson).at(-1).id);
        }
        expect(actual.at(-1)!.next).toBeUndefined();
      }
    }
    // A full last page: no look-ahead row, no cursor.
    const exact = await listItemsJson(database.db, { scope: 'all', planCode: OTHER_PLAN }, { limit: 3 });
    expect(JSON.parse(exact.itemsJson)).toHaveLength(3);
    expect(exact.next).toBeUndefined();
  });

  it('continues exactly after the last item when items share a millisecond (the cursor keeps microseconds)', async () => {
    const filter: ItemFilter = { scope: 'all', planCode: OTHER_PLAN };
    const pages = await walk((after) => listItemsJson(database.db, filter, { limit: 1, after }));
    const codes = pages.flatMap((p) => (JSON.parse(p.itemsJson) as ItemView[]).map((i) => i.code));
    expect(codes).toEqual(['P2-2', 'P2-3', 'P2-1']);
    expect(pages[0].next!.filedAt).toBe('2026-03-07T00:00:00.000001Z');
  });

  it('a rebuild from the log writes the same rows, stored views byte for byte, as the live projection', async () => {
    const live = await storedRows(database.db);
    const page = await listItemsJson(database.db, all, { limit: 500 });
    const replayed = await rebuildReadModels(database.db, { batchSize: 7 });
    expect(replayed).toBeGreaterThan(live.length);
    const rebuilt = await storedRows(database.db);
    expect(rebuilt.map((r) => r.view_text)).toEqual(live.map((r) => r.view_text));
    expect(rebuilt).toEqual(live);
    expect(await listItemsJson(database.db, all, { limit: 500 })).toEqual(page);
  });
});

describe('the migration that adds the stored views fills them for the rows already there', () => {
  const before = '2026-11-23T04-00-item-list-indexes';
  let database: TestDatabase;
  let log: ItemLog;
  let columnBefore: unknown[];
  const viewColumn = async () =>
    (
      await sql<{ attnotnull: boolean; attstorage: string; type: string }>`
        select attnotnull, attstorage, atttypid::regtype::text as type
        from pg_attribute where attrelid = 'items'::regclass and attname = 'view' and not attisdropped`.execute(database.db)
    ).rows;

  beforeAll(async () => {
    ({ database, log } = await fixture());
    // Back to before the column (it is dropped), and rows only such a database holds: states written before some
    // fields existed or with nulls (toItemView's defaults), times with microseconds the projection never writes.
    await migrateTo(database.db, before);
    columnBefore = await viewColumn();
    await sql`
      update items
      set state = (state - '{measures,missedReportsInARow,reportCount,escalation}'::text[])
        || '{"revisits": null, "milestones": null, "cooperatingUnitIds": null, "indicator": null, "rejectionCount": null, "responsiblePerson": null}'::jsonb
      where id = ${log.idOf('OLD')}`.execute(database.db);
    await sql`
      update items set state = jsonb_set(state, '{escalation}', '{"level": "warning", "documentNumbers": null}')
      where id = ${log.idOf('OLD2')}`.execute(database.db);
    await sql`
      update items set updated_at = '2026-11-23T08:00:00.999999Z', next_wake_up = '2026-12-01T00:00:00.123456Z'
      where id = ${log.idOf('TEXT')}`.execute(database.db);
    await migrateToLatest(database.db);
  });
  afterAll(() => database.drop());

  it('the column is gone before it, and back after it: json (the text as written), required, kept in the row', async () => {
    expect(columnBefore).toEqual([]);
    expect(await viewColumn()).toEqual([{ attnotnull: true, attstorage: 'm', type: 'json' }]);
  });

  it('fills each row with the values of toItemView of the row, in its order', async () => {
    const views = await viewsInOrder(database.db);
    expectFixtureShapes(views);
    const byCode = new Map(views.map((v) => [v.code, v]));
    expect(byCode.get('OLD')).toMatchObject({ measures: [], milestones: [], revisits: [], cooperatingUnitIds: [], missedReportsInARow: 0, rejectionCount: 0, reportCount: 0 });
    expect(byCode.get('OLD')!.escalation).toEqual({ level: null, proposed: null, documentNumbers: [] });
    expect(byCode.get('OLD2')!.escalation).toEqual({ level: 'warning', proposed: null, documentNumbers: [] });
    expect(byCode.get('TEXT')).toMatchObject({ updatedAt: '2026-11-23T08:00:00.999Z', nextWakeUp: '2026-12-01T00:00:00.123Z' });

    const rows = await storedRows(database.db);
    expect(rows).toHaveLength(log.ids.size);
    for (const { code, stored, expected } of rows.map(viewPair)) expect({ code, stored: roundTrip(stored) }).toEqual({ code, stored: expected });
    const { itemsJson } = await listItemsJson(database.db, { scope: 'all' }, { limit: 500 });
    expect(roundTrip(itemsJson)).toBe(JSON.stringify(views));
  });

  it("the row's next write stores the projection's own text", async () => {
    await log.append('TEXT', ['ItemAcknowledged', '2026-03-09T00:00:00.000Z', { unitId: 'hhht-water' }]);
    const row = (await storedRows(database.db)).find((r) => r.code === 'TEXT')!;
    const { stored, expected } = viewPair(row);
    expect(stored).toBe(expected);
    expect(JSON.parse(stored)).toMatchObject({ status: 'in_progress' });
  });
});
