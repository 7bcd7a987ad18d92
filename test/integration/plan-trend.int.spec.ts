import { migrateTo, migrateToLatest } from '@closeloop/db';
import { createEventStore } from '@closeloop/event-store';
import { planTrend, readModelProjections, rebuildReadModels } from '@closeloop/read-models';
import { parseWeek, weekOf } from '@closeloop/reports';
import { ItemEventLog, type TestItemEvent } from '../support/item-event-log';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * The plan cockpit's weekly trend from `item_count_changes`, which the item projection writes as it folds each
 * event: closures in each week, and what was open, overdue and red at each week's end (Asia/Shanghai ISO weeks, by
 * the events' business times), for the items in a scope; and a rebuild writes the same changes.
 */

/** A Shanghai wall time on a date, as an RFC 3339 instant. */
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`).toISOString();
const policy = { dueSoonBefore: 'P7D', revisitAfter: ['P3M'], requiredEvidenceKinds: [] };

describe('the plan trend (领导驾驶舱)', () => {
  let database: TestDatabase;
  let log: ItemEventLog;
  const idOf = (code: string) => log.idOf(code);
  const append = (code: string, ...events: TestItemEvent[]) => log.append(code, ...events);
  const file = (code: string, when: string, unit: string, deadline = '2026-03-09') =>
    append(
      code,
      [
        'ItemFiled',
        when,
        {
          planCode: 'TREND',
          code,
          title: code,
          finding: 'f',
          target: 't',
          measures: [],
          kind: 'time_bound',
          deadline,
          milestones: [],
          policy,
        },
      ],
      ['ItemAssigned', when, { responsibleUnitId: unit, cooperatingUnitIds: [], supervisingUnitId: 'hhht-eco' }],
      ['ItemAcknowledged', when, { unitId: unit }],
    );
  // 2026-W10 is Monday 2 March to Sunday 8 March (Asia/Shanghai); W11 and W12 follow.
  const weeks = ['2026-W09', '2026-W10', '2026-W11', '2026-W12'].map(parseWeek);
  /** W12 seen on its Friday evening: it ends there. */
  const asOf = new Date(at('2026-03-20', '18:00'));
  const trendOf = async (scope: ReadonlySet<string> | 'all') =>
    planTrend(
      database.db,
      { planCode: 'TREND', scope },
      weeks.map((w) => ({ start: w.start, end: w.end.getTime() > asOf.getTime() ? asOf : w.end })),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    log = new ItemEventLog(createEventStore(database.db, { projections: readModelProjections }), 'plan-trend-int');
    await database.db
      .insertInto('units')
      .values([
        { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner', parent_id: null },
        { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parent_id: 'hhht' },
        { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parent_id: 'hhht' },
        { id: 'hhht-forest', name: '呼和浩特市林业和草原局', kind: 'department', parent_id: 'hhht' },
      ])
      .execute();
    // A: filed in W10, overdue in W11, closed in W12 (its closure ends its overdue).
    await file('A', at('2026-03-03'), 'hhht-water');
    await append('A', ['ItemOverdue', at('2026-03-10', '00:00'), { deadline: '2026-03-09' }]);
    await append(
      'A',
      ['ClosureRequested', at('2026-03-16'), { evidence: [] }],
      ['ItemClosed', at('2026-03-17'), { filedWith: 'TREND', revisits: [] }],
    );
    // B: filed and closed in W10, reopened after a relapse in W11 (with a later deadline).
    await file('B', at('2026-03-04'), 'hhht-water', '2026-06-30');
    await append(
      'B',
      ['ClosureRequested', at('2026-03-05'), { evidence: [] }],
      ['ItemClosed', at('2026-03-05', '16:00'), { filedWith: 'TREND', revisits: [] }],
    );
    await append('B', ['ItemReopened', at('2026-03-11'), { newDeadline: '2026-09-30', relapseCount: 1 }]);
    // C: another unit's, filed on W11's last evening (a Sunday, 23:30 in Shanghai: Sunday 15:30 UTC).
    await file('C', at('2026-03-15', '23:30'), 'hhht-forest', '2026-06-30');
    // D: filed after the trend's end: not in it.
    await file('D', at('2026-03-21'), 'hhht-water', '2026-06-30');
  });
  afterAll(() => database?.drop());

  it('counts closures per week and what was open, overdue and red at each week’s end', async () => {
    expect(await trendOf('all')).toEqual([
      { closed: 0, open: 0, overdue: 0, red: 0 },
      { closed: 1, open: 1, overdue: 0, red: 0 },
      { closed: 0, open: 3, overdue: 1, red: 1 },
      { closed: 1, open: 2, overdue: 0, red: 0 },
    ]);
  });

  it('counts only the items in the scope', async () => {
    expect((await trendOf(new Set(['hhht-water']))).map((w) => w.open)).toEqual([0, 1, 2, 1]);
    expect((await trendOf(new Set(['hhht-forest']))).map((w) => w.open)).toEqual([0, 0, 1, 1]);
    expect(await trendOf(new Set())).toEqual(weeks.map(() => ({ closed: 0, open: 0, overdue: 0, red: 0 })));
  });

  it('a rebuild from the log writes the same changes', async () => {
    const changes = () =>
      database.db.selectFrom('item_count_changes').selectAll().orderBy('item_id').orderBy('version').orderBy('measure').execute();
    const live = await changes();
    expect(live.length).toBeGreaterThan(0);
    await rebuildReadModels(database.db, { batchSize: 5 });
    expect(await changes()).toEqual(live);
  });

  it('the migration that adds the table counts each item as it stands, from the migration on', async () => {
    await migrateTo(database.db, '2026-12-06T01-00-unread-notifications');
    const before = new Date();
    await migrateToLatest(database.db);
    const rows = await database.db.selectFrom('item_count_changes').selectAll().execute();
    const counted = (measure: string) =>
      rows
        .filter((r) => r.measure === measure)
        .map((r) => r.item_id)
        .sort();
    expect({ open: counted('open'), overdue: counted('overdue'), red: counted('red') }).toEqual({
      open: ['B', 'C', 'D'].map(idOf).sort(),
      overdue: [],
      red: [],
    });
    expect(rows.every((r) => r.delta === 1 && r.at.getTime() >= before.getTime() - 1000)).toBe(true);
    const now = new Date(Date.now() + 1000);
    const sinceMigration = await planTrend(database.db, { planCode: 'TREND', scope: 'all' }, [
      { start: parseWeek(weekOf(now)).start, end: now },
    ]);
    expect(sinceMigration).toEqual([{ closed: 0, open: 3, overdue: 0, red: 0 }]);
  });
});
