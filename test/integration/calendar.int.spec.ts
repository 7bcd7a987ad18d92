import {
  calendarDaysProjection,
  calendarStreamId,
  coveredYears,
  latestCalendarChange,
  loadCalendarData,
  readCalendarYear,
  replaceCalendarYear,
  seedCalendarIfEmpty,
} from '@closeloop/calendar';
import { addWorkingDays, isWorkingDay } from '@closeloop/domain';
import { createEventStore } from '@closeloop/event-store';
import { randomUUID } from 'node:crypto';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

describe('the working-day calendar on PostgreSQL', () => {
  let database: TestDatabase;
  const count = async (year?: number) => {
    let query = database.db.selectFrom('calendar_days').select((eb) => eb.fn.countAll<string>().as('n'));
    if (year !== undefined) query = query.where('year', '=', year);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('seeds every year chinese-days covers, once: a second run (or a concurrent one) adds nothing', async () => {
    const [first, concurrent] = await Promise.all([seedCalendarIfEmpty(database.db), seedCalendarIfEmpty(database.db)]);
    const seeded = [...first, ...concurrent].sort((a, b) => a - b);
    expect(seeded).toEqual(coveredYears());
    const rows = await count();
    expect(rows).toBeGreaterThan(20 * 30);

    expect(await seedCalendarIfEmpty(database.db)).toEqual([]);
    expect(await count()).toBe(rows);
  });

  it('has the 2026 Spring Festival: 15–23 Feb off, Saturdays 14 and 28 Feb at work', async () => {
    const year = await readCalendarYear(database.db, 2026);
    expect(year.holidays.filter((d) => d.name === '春节').map((d) => d.date)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(year.workdays.filter((d) => d.name === '春节').map((d) => d.date)).toEqual(['2026-02-14', '2026-02-28']);
    expect(year.holidays).toHaveLength(33);
    expect(year.workdays).toHaveLength(6);
  });

  it('loads several years as the domain calendar, which then counts across the year end', async () => {
    const calendar = await loadCalendarData(database.db, 2025, 2026);
    expect(calendar.holidays).toContain('2025-10-01');
    expect(calendar.holidays).toContain('2026-02-16');
    expect(calendar.workdays).toContain('2026-02-14');
    expect(calendar.holidays.every((d) => d >= '2025-01-01' && d <= '2026-12-31')).toBe(true);
    expect(isWorkingDay(calendar, '2026-01-02')).toBe(false);
    // Wed 31 Dec 2025 + 2: 1–3 Jan off (元旦), Sun 4 Jan a make-up working day, Mon 5 Jan.
    expect(addWorkingDays(calendar, '2025-12-31', 2)).toBe('2026-01-05');
  });

  it('replaces one year in a transaction and leaves the others alone', async () => {
    const before2025 = await readCalendarYear(database.db, 2025);
    const days = {
      holidays: [{ date: '2026-02-16', name: '春节' }],
      workdays: [{ date: '2026-02-14', name: '春节' }],
    };
    await database.db.transaction().execute((trx) => replaceCalendarYear(trx, 2026, days));

    expect(await readCalendarYear(database.db, 2026)).toEqual({ year: 2026, ...days });
    expect(await readCalendarYear(database.db, 2025)).toEqual(before2025);
  });

  it('rolls the replacement back with the transaction, and refuses a date of another year', async () => {
    const before = await readCalendarYear(database.db, 2026);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await replaceCalendarYear(trx, 2026, { holidays: [], workdays: [] });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await readCalendarYear(database.db, 2026)).toEqual(before);

    await expect(
      database.db
        .transaction()
        .execute((trx) => replaceCalendarYear(trx, 2026, { holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] })),
    ).rejects.toThrow(RangeError);
    expect(await readCalendarYear(database.db, 2026)).toEqual(before);
  });

  it('never reseeds a year an admin changed, even one emptied, and reads back its last change', async () => {
    const store = createEventStore(database.db);
    const change = (holidays: { date: string; name: string }[]) => ({
      eventId: randomUUID(),
      type: 'CalendarChanged',
      data: { year: 2024, holidays, workdays: [], at: new Date().toISOString() },
      metadata: { actorId: 'p-1', role: 'admin' },
    });
    await store.append(calendarStreamId(2024), 0, [change([{ date: '2024-10-01', name: '国庆节' }])]);
    await store.append(calendarStreamId(2024), 1, [change([])]);
    await database.db.transaction().execute((trx) => replaceCalendarYear(trx, 2024, { holidays: [], workdays: [] }));
    expect(await count(2024)).toBe(0);

    expect(await seedCalendarIfEmpty(database.db)).toEqual([]);
    expect(await count(2024)).toBe(0);
    expect(await latestCalendarChange(database.db, 2024)).toMatchObject({ year: 2024, holidays: [], workdays: [] });
    expect(await latestCalendarChange(database.db, 2023)).toBeUndefined();
  });

  it('makes calendar_days a projection of CalendarChanged: the rows commit with the event, or neither does', async () => {
    const change = (holidays: { date: string; name: string }[]) => ({
      eventId: randomUUID(),
      type: 'CalendarChanged',
      data: { year: 2025, holidays, workdays: [{ date: '2025-09-28', name: '国庆节' }], at: new Date().toISOString() },
      metadata: { actorId: 'p-1', role: 'admin' },
    });
    const store = createEventStore(database.db, { projections: [calendarDaysProjection] });
    const before2024 = await readCalendarYear(database.db, 2024);
    await store.append(calendarStreamId(2025), 0, [change([{ date: '2025-10-01', name: '国庆节' }])]);
    expect(await readCalendarYear(database.db, 2025)).toEqual({
      year: 2025,
      holidays: [{ date: '2025-10-01', name: '国庆节' }],
      workdays: [{ date: '2025-09-28', name: '国庆节' }],
    });
    expect(await readCalendarYear(database.db, 2024)).toEqual(before2024);

    // A projection that fails after the calendar's rolls back the event and the rows alike.
    const failing = createEventStore(database.db, {
      projections: [
        calendarDaysProjection,
        async () => {
          throw new Error('projection failed');
        },
      ],
    });
    await expect(failing.append(calendarStreamId(2025), 1, [change([])])).rejects.toThrow('projection failed');
    expect((await readCalendarYear(database.db, 2025)).holidays).toEqual([{ date: '2025-10-01', name: '国庆节' }]);
    expect(await store.readStream(calendarStreamId(2025))).toHaveLength(1);
  });

  it('seeds a year again when its rows are gone and no change was ever recorded', async () => {
    await database.db.deleteFrom('calendar_days').where('year', '=', 2023).execute();
    expect(await seedCalendarIfEmpty(database.db)).toEqual([2023]);
    expect((await readCalendarYear(database.db, 2023)).holidays.length).toBeGreaterThan(20);
  });
});
