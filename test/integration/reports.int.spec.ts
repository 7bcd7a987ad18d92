import { type EventStore, createEventStore } from '@closeloop/event-store';
import { readModelProjections } from '@closeloop/read-models';
import {
  BOTTOM_FILL_ARGB,
  type BulletinReport,
  type DispatchReport,
  SETTLE_MS,
  computeAndStoreReport,
  computeReport,
  nextPeriod,
  parseWeek,
  periodOf,
  previousPeriod,
  readLogUpTo,
  readReport,
  renderReportXlsx,
  weekOf,
} from '@closeloop/reports';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { ItemEventLog } from '../support/item-event-log';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * Reports on real PostgreSQL, from item events appended through the event store (with the read-model
 * projections, as the worker's activity does).
 *
 * Time: a report reads the events recorded by its cut-off (`recorded_at`, set by the database to now()),
 * and places each fact in a week or month by its business time (`data.at`). Events appended by this test
 * are recorded now, so the periods under test lie in the future (the month after next, and the one after):
 * their cut-offs are after every append, and the facts, dated inside them, land where the scenario says.
 * The test's clock for storing them is a moment after both months. A separate test shows the other half of
 * the rule on a real past week: a fact dated back into it but recorded after its cut-off changes nothing.
 */

const DAY_MS = 86_400_000;
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** A Shanghai wall time on a date, as an RFC 3339 instant. */
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

const units = [
  { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner', parent_id: null },
  { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parent_id: 'hhht' },
  { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parent_id: 'hhht' },
  { id: 'hhht-forest', name: '呼和浩特市林业和草原局', kind: 'department', parent_id: 'hhht' },
  { id: 'hhht-housing', name: '呼和浩特市住房和城乡建设局', kind: 'department', parent_id: 'hhht' },
  { id: 'hhht-transport', name: '呼和浩特市交通运输局', kind: 'department', parent_id: 'hhht' },
  { id: 'hhht-agri', name: '呼和浩特市农牧局', kind: 'department', parent_id: 'hhht' },
] as const;

const policy = { dueSoonBefore: 'P7D', revisitAfter: ['P3M', 'P6M'], requiredEvidenceKinds: ['photo'], reportEvery: 'P7D' };
const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/hhht/after.jpg', name: '整改后现场照片' };

/** Appends realistic item events (shapes of libs/domain events.ts) through the event store. */
class ItemLog extends ItemEventLog {
  constructor(store: EventStore) {
    super(store, 'reports-int');
  }

  file(code: string, unitId: string, deadline: string, filedAt: string, acknowledgedAt?: string): Promise<void> {
    return this.append(
      code,
      [
        'ItemFiled',
        filedAt,
        {
          planCode: 'HHHT-REPORTS',
          code,
          title: `整改事项 ${code}`,
          finding: '督察反馈问题',
          target: '整改到位',
          measures: ['排查', '整治', '验收'],
          kind: 'time_bound',
          deadline,
          milestones: [],
          policy,
        },
      ],
      [
        'ItemAssigned',
        filedAt,
        { responsibleUnitId: unitId, cooperatingUnitIds: [], supervisingUnitId: 'hhht-eco', responsiblePerson: '张三' },
      ],
      ...(acknowledgedAt ? [['ItemAcknowledged', acknowledgedAt, { unitId }] as [string, string, Record<string, unknown>]] : []),
    );
  }

  report = (code: string, when: string) =>
    this.append(code, ['ProgressReported', when, { percent: 60, note: '按计划推进', evidence: [photo], milestonesReached: [] }]);

  missed = (code: string, when: string) => this.append(code, ['ReportMissed', when, { period: 1, dueAt: when, missedInARow: 1 }]);

  overdue = (code: string, deadline: string, when: string) => this.append(code, ['ItemOverdue', when, { deadline }]);

  close = (code: string, requestedAt: string, closedAt: string) =>
    this.append(
      code,
      ['ClosureRequested', requestedAt, { evidence: [photo], note: '申请销号' }],
      ['VerificationAccepted', closedAt, { note: '验收合格' }],
      [
        'ItemClosed',
        closedAt,
        { filedWith: 'hhht', revisits: [{ revisitId: 'r1-1', dueAt: new Date(Date.parse(closedAt) + 90 * DAY_MS).toISOString() }] },
      ],
    );
}

describe('weekly dispatch and monthly bulletin on PostgreSQL', () => {
  let database: TestDatabase;
  let log: ItemLog;

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db
      .insertInto('units')
      .values([...units])
      .execute();
    log = new ItemLog(createEventStore(database.db, { projections: readModelProjections }));
  });
  afterAll(() => database.drop());

  // The month after next (its cut-off is at least a month away) and a week inside it; then the next ones.
  const now = new Date();
  const month = nextPeriod(nextPeriod(periodOf('bulletin', now)));
  const week = parseWeek(weekOf(new Date(at(addDays(month.firstDay, 7), '12:00'))));
  const nextMonth = nextPeriod(month);
  const laterWeek = parseWeek(weekOf(new Date(at(addDays(nextMonth.firstDay, 7), '12:00'))));
  const d = (k: number) => addDays(week.firstDay, k);
  const e = (k: number) => addDays(laterWeek.firstDay, k);
  /** The test's clock for storing: after both months are over. */
  const later = { now: new Date(nextMonth.end.getTime() + SETTLE_MS + 1) };

  async function appendFirstBatch(): Promise<void> {
    // 水务局: both due this week, reported, closed on time.
    await log.file('W1', 'hhht-water', d(3), at(d(-1), '09:00'), at(d(-1)));
    await log.report('W1', at(d(1)));
    await log.close('W1', at(d(2), '09:00'), at(d(2), '15:00'));
    await log.file('W2', 'hhht-water', d(4), at(d(-1), '09:00'), at(d(-1)));
    await log.report('W2', at(d(2)));
    await log.close('W2', at(d(4), '09:00'), at(d(4), '20:00'));
    // 林草局: one overdue after a missed report, one reported but closed a day late.
    await log.file('F1', 'hhht-forest', d(1), at(d(-1), '09:00'), at(d(-1)));
    await log.missed('F1', at(d(0), '00:00'));
    await log.overdue('F1', d(1), at(d(2), '00:00'));
    await log.file('F2', 'hhht-forest', d(5), at(d(-1), '09:00'), at(d(-1)));
    await log.report('F2', at(d(3)));
    await log.close('F2', at(d(5), '09:00'), at(d(6)));
    // 住建局: one closed on time, one far off with a missed report; T2 handed over to 交通局.
    await log.file('H1', 'hhht-housing', d(2), at(d(-1), '09:00'), at(d(-1)));
    await log.report('H1', at(d(1)));
    await log.close('H1', at(d(1), '15:00'), at(d(2)));
    await log.file('H2', 'hhht-housing', addDays(month.lastDay, 60), at(d(-1), '09:00'), at(d(-1)));
    await log.missed('H2', at(d(3), '00:00'));
    await log.file('T2', 'hhht-housing', addDays(month.lastDay, 90), at(d(-1), '09:00'), at(d(-1)));
    await log.append('T2', [
      'ItemReassigned',
      at(d(1), '09:00'),
      { fromUnitId: 'hhht-housing', toUnitId: 'hhht-transport', reason: '职责调整' },
    ]);
    // 交通局: never acknowledged T1, which fell overdue and was escalated to a warning.
    await log.file('T1', 'hhht-transport', d(2), at(d(-1), '09:00'));
    await log.overdue('T1', d(2), at(d(3), '00:00'));
    await log.append('T1', ['EscalationRaised', at(d(4), '09:00'), { level: 'warning', trigger: 'overdue' }]);
  }

  async function appendSecondBatch(): Promise<void> {
    await log.close('F1', at(e(0), '09:00'), at(e(1)));
    await log.append(
      'W1',
      ['RevisitDue', at(e(0), '08:00'), { revisitId: 'r1-1' }],
      ['RelapseFound', at(e(0)), { revisitId: 'r1-1', findings: '问题反弹' }],
      ['ItemReopened', at(e(0)), { newDeadline: e(3), relapseCount: 1 }],
    );
    await log.report('W1', at(e(2)));
    await log.append(
      'T1',
      ['ExtensionRequested', at(e(0)), { requestId: randomUUID(), proposedDeadline: e(4), reason: '施工受天气影响' }],
      ['ExtensionApproved', at(e(1)), { requestId: randomUUID(), previousDeadline: d(2), newDeadline: e(4) }],
    );
    await log.file('N1', 'hhht-agri', e(5), at(e(0), '09:00'), at(e(0)));
    await log.report('N1', at(e(1)));
    await log.missed('H2', at(e(2), '00:00'));
  }

  it('computes, stores and ranks; recomputing an old report after more appends gives the same; the new period sees them', async () => {
    await appendFirstBatch();
    const dispatch = await computeAndStoreReport(database.db, 'dispatch', week.id, later);
    const bulletin = await computeAndStoreReport(database.db, 'bulletin', month.id, later);

    const weekly = dispatch.data as DispatchReport;
    expect(weekly).toMatchObject({ kind: 'dispatch', period: week.id, cutoff: week.end.toISOString() });
    expect(weekly.units.map(({ name: _name, ...counts }) => counts)).toEqual([
      { unitId: 'hhht-forest', items: 2, open: 1, dueThisWeek: 2, overdue: 1, reported: 1, notReported: 1, reportsMissed: 1 },
      { unitId: 'hhht-housing', items: 2, open: 1, dueThisWeek: 1, overdue: 0, reported: 1, notReported: 1, reportsMissed: 1 },
      { unitId: 'hhht-transport', items: 2, open: 2, dueThisWeek: 1, overdue: 1, reported: 0, notReported: 0, reportsMissed: 0 },
      { unitId: 'hhht-water', items: 2, open: 0, dueThisWeek: 2, overdue: 0, reported: 2, notReported: 0, reportsMissed: 0 },
    ]);
    expect(weekly.units[0].name).toBe('呼和浩特市林业和草原局');

    const monthly = bulletin.data as BulletinReport;
    expect(monthly.units.map((u) => [u.rank, u.unitId, u.onTimeClosureRate, u.reportingTimeliness, u.overdue])).toEqual([
      [1, 'hhht-water', 1, 1, 0],
      [2, 'hhht-housing', 1, 0.5, 0],
      [3, 'hhht-forest', 0, 0.5, 1],
      [4, 'hhht-transport', 0, null, 1],
    ]);
    expect(monthly.units[3]).toMatchObject({ dueByCutoff: 1, closedOnTime: 0, escalations: { warning: 1, bulletin: 0 }, bottom: true });
    expect(monthly.bottom).toEqual([{ unitId: 'hhht-transport', name: '呼和浩特市交通运输局' }]);

    // Stored as computed, with the period's cut-off; the log is read in batches to the same events.
    expect(await readReport(database.db, 'dispatch', week.id)).toMatchObject({ data: weekly, cutoff: week.end });
    expect(await readReport(database.db, 'bulletin', month.id)).toMatchObject({ data: monthly, cutoff: month.end });
    expect(await readLogUpTo(database.db, month.end, { batchSize: 3 })).toEqual(await readLogUpTo(database.db, month.end));

    // More events, recorded after the first computation, dated in the next month.
    await appendSecondBatch();
    expect(await computeReport(database.db, 'dispatch', week.id)).toEqual(weekly);
    expect(await computeReport(database.db, 'bulletin', month.id)).toEqual(monthly);
    expect((await computeAndStoreReport(database.db, 'bulletin', month.id, later)).data).toEqual(monthly);

    const nextWeekly = (await computeAndStoreReport(database.db, 'dispatch', laterWeek.id, later)).data as DispatchReport;
    expect(nextWeekly.units.map(({ name: _name, ...counts }) => counts)).toEqual([
      { unitId: 'hhht-agri', items: 1, open: 1, dueThisWeek: 1, overdue: 0, reported: 1, notReported: 0, reportsMissed: 0 },
      { unitId: 'hhht-forest', items: 2, open: 0, dueThisWeek: 0, overdue: 0, reported: 0, notReported: 0, reportsMissed: 0 },
      { unitId: 'hhht-housing', items: 2, open: 1, dueThisWeek: 0, overdue: 0, reported: 0, notReported: 1, reportsMissed: 1 },
      { unitId: 'hhht-transport', items: 2, open: 2, dueThisWeek: 1, overdue: 0, reported: 0, notReported: 0, reportsMissed: 0 },
      { unitId: 'hhht-water', items: 2, open: 1, dueThisWeek: 1, overdue: 0, reported: 1, notReported: 0, reportsMissed: 0 },
    ]);
    const nextMonthly = (await computeAndStoreReport(database.db, 'bulletin', nextMonth.id, later)).data as BulletinReport;
    expect(nextMonthly.units.map((u) => [u.unitId, u.onTimeClosureRate, u.reportingTimeliness, u.relapsed])).toEqual([
      ['hhht-housing', 1, 0, 0],
      ['hhht-water', 0.5, 1, 1],
      ['hhht-agri', 0, 1, 0],
      ['hhht-forest', 0, null, 0],
      ['hhht-transport', 0, null, 0],
    ]);
    expect(nextMonthly.bottom).toEqual([{ unitId: 'hhht-transport', name: '呼和浩特市交通运输局' }]);
  });

  it('renders the stored bulletin as XLSX: bold header, frozen below it, the bottom unit in light red', async () => {
    const stored = await readReport(database.db, 'bulletin', month.id);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(stored!.data)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('月通报')!;

    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['排名', '责任单位', '按期销号率', '报送及时率', '排名靠后']));
    expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true });
    expect(sheet.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(5).getCell(2).value).toBe('hhht-transport');
    for (let col = 1; col <= sheet.columnCount; col++) {
      expect(sheet.getRow(5).getCell(col).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: BOTTOM_FILL_ARGB } });
      expect((sheet.getRow(4).getCell(col).fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    }
  });

  it('never changes a past week for a fact recorded after its cut-off, even one dated inside it', async () => {
    const past = previousPeriod('dispatch', now);
    const clock = { now: new Date(Math.max(Date.now(), past.end.getTime() + SETTLE_MS)) };
    const before = await computeAndStoreReport(database.db, 'dispatch', past.id, clock);

    // Filed, acknowledged and reported "last Wednesday", but recorded now.
    const wednesday = addDays(past.firstDay, 2);
    await log.file('LATE', 'hhht-water', addDays(past.firstDay, 4), at(wednesday, '09:00'), at(wednesday));
    await log.report('LATE', at(wednesday, '15:00'));

    const after = await computeAndStoreReport(database.db, 'dispatch', past.id, clock);
    expect(after.data).toEqual(before.data);
    expect(after.data.units).toEqual([]);
    // The week under way (cut-off still ahead) does see the item: the week of this moment, after the appends, not of
    // the module's `now` (a week may have turned over since, on a Sunday at midnight in Shanghai).
    const current = await computeReport(database.db, 'dispatch', periodOf('dispatch', new Date()));
    expect(current.units).toEqual([expect.objectContaining({ unitId: 'hhht-water', items: 1, open: 1 })]);
  });
});
