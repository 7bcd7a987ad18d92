import { seedCalendarIfEmpty } from '@closeloop/calendar';
import { apiClient } from '../support/http';
import { type RunningStack, startStack } from '../support/running-stack';

/** The working-day calendar over HTTP: read by anyone with a key, replaced by an admin, every change in the log. */
describe('the calendar over HTTP (real PostgreSQL)', () => {
  let stack: RunningStack;
  let call: ReturnType<typeof apiClient>;
  let admin: string;

  const springFestival = [15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => ({ date: `2026-02-${d}`, name: '春节' }));
  const calendarEvents = (year: number) =>
    stack.database.db.selectFrom('events').selectAll().where('stream_id', '=', `calendar-${year}`).orderBy('stream_version').execute();

  beforeAll(async () => {
    stack = await startStack();
    call = apiClient(stack.baseUrl);
    admin = stack.adminKey;
    await seedCalendarIfEmpty(stack.database.db);
  });
  afterAll(() => stack?.stop());

  it('shows 2026 with the Spring Festival and its make-up Saturdays to any principal', async () => {
    const unit = await stack.keyFor('unit', []);
    const { status, body } = await call('GET', '/v1/calendar/2026', { key: unit });

    expect(status).toBe(200);
    expect(body.year).toBe(2026);
    expect(body.holidays.filter((d: { name: string }) => d.name === '春节')).toEqual(springFestival);
    expect(body.workdays).toEqual(
      expect.arrayContaining([
        { date: '2026-02-14', name: '春节' },
        { date: '2026-02-28', name: '春节' },
        { date: '2026-09-20', name: '国庆节' },
        { date: '2026-10-10', name: '国庆节' },
      ]),
    );
    expect(body.holidays).toHaveLength(33);
  });

  it('shows a year without data as empty lists', async () => {
    const { status, body } = await call('GET', '/v1/calendar/2090', { key: admin });
    expect(status).toBe(200);
    expect(body).toEqual({ year: 2090, holidays: [], workdays: [] });
  });

  it('lets an admin replace a year: 200 with the stored year, rows replaced, CalendarChanged recorded with who and which request', async () => {
    const holidays = [
      { date: '2027-02-10', name: '春节' },
      { date: '2027-02-06', name: '春节' },
    ];
    const workdays = [{ date: '2027-02-20', name: '春节' }];
    const put = await call('PUT', '/v1/calendar/2027', {
      key: admin,
      body: { holidays, workdays },
      headers: { 'x-request-id': 'req-cal-1' },
    });

    expect(put.status).toBe(200);
    expect(put.body).toEqual({
      year: 2027,
      holidays: [
        { date: '2027-02-06', name: '春节' },
        { date: '2027-02-10', name: '春节' },
      ],
      workdays,
      replannedItems: 0,
      replan: {
        workflowId: 'calendar-replan-2027-v1',
        year: 2027,
        calendarVersion: 1,
        total: 0,
        replanned: 0,
        unchanged: 0,
        failed: 0,
        done: true,
      },
    });
    expect((await call('GET', '/v1/calendar/2027', { key: admin })).body).toEqual({ year: 2027, holidays: put.body.holidays, workdays });

    const events = await calendarEvents(2027);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ stream_version: 1, type: 'CalendarChanged' });
    expect(events[0].data).toMatchObject({ year: 2027, holidays: put.body.holidays, workdays, at: expect.any(String) });
    expect(events[0].metadata).toMatchObject({
      role: 'admin',
      requestId: 'req-cal-1',
      actorId: expect.any(String),
      commandId: expect.any(String),
    });
  });

  it('replaces a seeded year and appends every later change to the same stream', async () => {
    const first = await call('PUT', '/v1/calendar/2026', { key: admin, body: { holidays: springFestival, workdays: [] } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ holidays: springFestival, workdays: [] });

    const restored = [{ date: '2026-02-14', name: '春节' }];
    const second = await call('PUT', '/v1/calendar/2026', { key: admin, body: { holidays: springFestival, workdays: restored } });
    expect(second.body.workdays).toEqual(restored);
    expect((await calendarEvents(2026)).map((e) => e.stream_version)).toEqual([1, 2]);

    const rows = await stack.database.db.selectFrom('calendar_days').select('date').where('year', '=', 2026).execute();
    expect(rows).toHaveLength(springFestival.length + 1);
    expect(await seedCalendarIfEmpty(stack.database.db)).toEqual([]);
  });

  it('answers a retried PUT with the same Idempotency-Key without a second event', async () => {
    const body = { holidays: [{ date: '2028-01-03', name: '元旦' }], workdays: [] };
    const headers = { 'idempotency-key': 'cal-2028' };
    const first = await call('PUT', '/v1/calendar/2028', { key: admin, body, headers });
    const again = await call('PUT', '/v1/calendar/2028', { key: admin, body, headers });

    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await calendarEvents(2028)).toHaveLength(1);
  });

  it('refuses a PUT by anyone but an admin (403) and records nothing', async () => {
    const body = { holidays: [], workdays: [] };
    for (const role of ['unit', 'supervisor', 'leader', 'integrator'] as const) {
      const refused = await call('PUT', '/v1/calendar/2029', { key: await stack.keyFor(role, []), body });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ status: 403, type: '/problems/forbidden' });
    }
    expect(await calendarEvents(2029)).toHaveLength(0);
  });

  it('answers bad bodies with 400 (malformed) or 422 (impossible days) problem+json naming each bad field, and writes nothing', async () => {
    const fieldsOf = (body: { errors: { field: string }[] }) => body.errors.map((e) => e.field).sort();

    const missing = await call('PUT', '/v1/calendar/2026', { key: admin, body: { holidays: 'none', extra: 1 } });
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 400, type: '/problems/validation' });
    expect(fieldsOf(missing.body)).toEqual(['extra', 'holidays', 'workdays']);
    expect(missing.body.errors).toContainEqual({ field: 'workdays', message: 'workdays is required' });

    const malformed = await call('PUT', '/v1/calendar/2026', {
      key: admin,
      body: { holidays: [{ date: '16/02/2026', name: '春节' }, { date: '2026-02-17' }], workdays: [{ date: '2026-02-14', name: '' }] },
    });
    expect(malformed.status).toBe(400);
    expect(fieldsOf(malformed.body)).toEqual(['holidays.0.date', 'holidays.1.name', 'workdays.0.name']);
    expect(malformed.body.errors).toContainEqual({ field: 'holidays.0.date', message: 'date must be a date as YYYY-MM-DD' });

    const wrong = await call('PUT', '/v1/calendar/2026', {
      key: admin,
      body: {
        holidays: [
          { date: '2026-02-30', name: '春节' },
          { date: '2025-10-01', name: '国庆节' },
          { date: '2026-02-14', name: '春节' },
          { date: '2026-02-16', name: '  ' },
        ],
        workdays: [
          { date: '2026-02-14', name: '春节' },
          { date: '2026-02-24', name: '春节' },
        ],
      },
    });
    // Well-formed, but not a possible year: 422, each day that breaks a rule named.
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ status: 422, type: '/problems/invalid-calendar' });
    expect(wrong.body.errors).toEqual([
      { field: 'holidays.0.date', message: 'must be a real date as YYYY-MM-DD' },
      { field: 'holidays.1.date', message: 'must be in 2026' },
      { field: 'holidays.2.date', message: 'is also listed as a make-up working day' },
      { field: 'holidays.3.name', message: 'must not be empty' },
      { field: 'workdays.1.date', message: 'must be a Saturday or Sunday (a make-up working day)' },
    ]);

    for (const year of ['1999', '2101', 'abc', '2026.5']) {
      const badYear = await call('PUT', `/v1/calendar/${year}`, { key: admin, body: { holidays: [], workdays: [] } });
      expect(badYear.status).toBe(400);
      expect(badYear.body.errors).toEqual([{ field: 'year', message: 'year must be a year from 2000 to 2100' }]);
      expect((await call('GET', `/v1/calendar/${year}`, { key: admin })).status).toBe(400);
    }

    const broken = await call('PUT', '/v1/calendar/2026', { key: admin, rawBody: '{"holidays": [' });
    expect(broken.status).toBe(400);

    expect(await calendarEvents(2026)).toHaveLength(2);
    expect((await call('GET', '/v1/calendar/2026', { key: admin })).body.holidays).toEqual(springFestival);
  });

  it('answers without an API key (or with a wrong one) 401', async () => {
    const missing = await call('GET', '/v1/calendar/2026');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await call('PUT', '/v1/calendar/2026', { body: { holidays: [], workdays: [] } })).status).toBe(401);
    expect((await call('GET', '/v1/calendar/2026', { key: 'cl_wrong' })).status).toBe(401);
  });
});
