import { seedCalendarIfEmpty } from '@closeloop/calendar';
import type { Schemas } from '@closeloop/api-client';
import { type ApiClient, sendUntyped } from '../support/api';
import { type RunningStack, startStack } from '../support/running-stack';

/** The working-day calendar over HTTP: read by anyone with a key, replaced by an admin, every change in the log. */
describe('the calendar over HTTP (real PostgreSQL)', () => {
  let stack: RunningStack;
  let admin: ApiClient;

  const springFestival = [15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => ({ date: `2026-02-${d}`, name: '春节' }));
  const year = (y: number) => ({ params: { path: { year: y } } });
  const replace = (y: number, body: Schemas['ReplaceCalendarDto'], as = admin, headers: Record<string, string> = {}) =>
    as.PUT('/v1/calendar/{year}', { ...year(y), body, headers });
  const calendarEvents = (year: number) =>
    stack.database.db.selectFrom('events').selectAll().where('stream_id', '=', `calendar-${year}`).orderBy('stream_version').execute();

  beforeAll(async () => {
    stack = await startStack();
    admin = stack.client(stack.adminKey);
    await seedCalendarIfEmpty(stack.database.db);
  });
  afterAll(() => stack?.stop());

  it('shows 2026 with the Spring Festival and its make-up Saturdays to any principal', async () => {
    const unit = stack.client(await stack.keyFor('unit', []));
    const { response, data: body } = await unit.GET('/v1/calendar/{year}', year(2026));

    expect(response.status).toBe(200);
    expect(body!.year).toBe(2026);
    expect(body!.holidays.filter((d) => d.name === '春节')).toEqual(springFestival);
    expect(body!.workdays).toEqual(
      expect.arrayContaining([
        { date: '2026-02-14', name: '春节' },
        { date: '2026-02-28', name: '春节' },
        { date: '2026-09-20', name: '国庆节' },
        { date: '2026-10-10', name: '国庆节' },
      ]),
    );
    expect(body!.holidays).toHaveLength(33);
  });

  it('shows a year without data as empty lists', async () => {
    const { response, data: body } = await admin.GET('/v1/calendar/{year}', year(2090));
    expect(response.status).toBe(200);
    expect(body).toEqual({ year: 2090, holidays: [], workdays: [] });
  });

  it('lets an admin replace a year: 200 with the stored year, rows replaced, CalendarChanged recorded with who and which request', async () => {
    const holidays = [
      { date: '2027-02-10', name: '春节' },
      { date: '2027-02-06', name: '春节' },
    ];
    const workdays = [{ date: '2027-02-20', name: '春节' }];
    const put = await replace(2027, { holidays, workdays }, admin, { 'x-request-id': 'req-cal-1' });

    expect(put.response.status).toBe(200);
    expect(put.data).toEqual({
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
    expect((await admin.GET('/v1/calendar/{year}', year(2027))).data).toEqual({ year: 2027, holidays: put.data!.holidays, workdays });

    const events = await calendarEvents(2027);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ stream_version: 1, type: 'CalendarChanged' });
    expect(events[0].data).toMatchObject({ year: 2027, holidays: put.data!.holidays, workdays, at: expect.any(String) });
    expect(events[0].metadata).toMatchObject({
      role: 'admin',
      requestId: 'req-cal-1',
      actorId: expect.any(String),
      commandId: expect.any(String),
    });
  });

  it('replaces a seeded year and appends every later change to the same stream', async () => {
    const first = await replace(2026, { holidays: springFestival, workdays: [] });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({ holidays: springFestival, workdays: [] });

    const restored = [{ date: '2026-02-14', name: '春节' }];
    const second = await replace(2026, { holidays: springFestival, workdays: restored });
    expect(second.data!.workdays).toEqual(restored);
    expect((await calendarEvents(2026)).map((e) => e.stream_version)).toEqual([1, 2]);

    const rows = await stack.database.db.selectFrom('calendar_days').select('date').where('year', '=', 2026).execute();
    expect(rows).toHaveLength(springFestival.length + 1);
    expect(await seedCalendarIfEmpty(stack.database.db)).toEqual([]);
  });

  it('answers a retried PUT with the same Idempotency-Key without a second event', async () => {
    const body = { holidays: [{ date: '2028-01-03', name: '元旦' }], workdays: [] };
    const headers = { 'idempotency-key': 'cal-2028' };
    const first = await replace(2028, body, admin, headers);
    const again = await replace(2028, body, admin, headers);

    expect(again.response.status).toBe(200);
    expect(again.data).toEqual(first.data);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    expect(await calendarEvents(2028)).toHaveLength(1);
  });

  it('refuses a PUT by anyone but an admin (403) and records nothing', async () => {
    const body = { holidays: [], workdays: [] };
    for (const role of ['unit', 'supervisor', 'leader', 'integrator'] as const) {
      const refused = await replace(2029, body, stack.client(await stack.keyFor(role, [])));
      expect(refused.response.status).toBe(403);
      expect(refused.error).toMatchObject({ status: 403, type: '/problems/forbidden' });
    }
    expect(await calendarEvents(2029)).toHaveLength(0);
  });

  it('answers bad bodies with 400 (malformed) or 422 (impossible days) problem+json naming each bad field, and writes nothing', async () => {
    const fieldsOf = (body: { errors?: { field: string }[] } | undefined) => body!.errors!.map((e) => e.field).sort();

    // A field the document does not have (`extra`): only plain fetch sends that.
    const missing = await sendUntyped(stack.baseUrl, 'PUT', '/v1/calendar/2026', {
      key: stack.adminKey,
      body: JSON.stringify({ holidays: 'none', extra: 1 }),
    });
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 400, type: '/problems/validation' });
    expect(fieldsOf(missing.body)).toEqual(['extra', 'holidays', 'workdays']);
    expect(missing.body.errors).toContainEqual({ field: 'workdays', message: 'workdays is required' });

    const malformed = await replace(2026, {
      // @ts-expect-error a day without a name: the API answers 400
      holidays: [{ date: '16/02/2026', name: '春节' }, { date: '2026-02-17' }],
      workdays: [{ date: '2026-02-14', name: '' }],
    });
    expect(malformed.response.status).toBe(400);
    expect(fieldsOf(malformed.error)).toEqual(['holidays.0.date', 'holidays.1.name', 'workdays.0.name']);
    expect(malformed.error!.errors).toContainEqual({ field: 'holidays.0.date', message: 'date must be a date as YYYY-MM-DD' });

    const wrong = await replace(2026, {
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
    });
    // Well-formed, but not a possible year: 422, each day that breaks a rule named.
    expect(wrong.response.status).toBe(422);
    expect(wrong.error).toMatchObject({ status: 422, type: '/problems/invalid-calendar' });
    expect(wrong.error!.errors).toEqual([
      { field: 'holidays.0.date', message: 'must be a real date as YYYY-MM-DD' },
      { field: 'holidays.1.date', message: 'must be in 2026' },
      { field: 'holidays.2.date', message: 'is also listed as a make-up working day' },
      { field: 'holidays.3.name', message: 'must not be empty' },
      { field: 'workdays.1.date', message: 'must be a Saturday or Sunday (a make-up working day)' },
    ]);

    for (const bad of [1999, 2101, 'abc', 2026.5]) {
      const onBad = { params: { path: { year: bad } } };
      // @ts-expect-error 'abc' is not a number: the API answers 400 as for the years out of range
      const badYear = await admin.PUT('/v1/calendar/{year}', { ...onBad, body: { holidays: [], workdays: [] } });
      expect(badYear.response.status).toBe(400);
      expect(badYear.error!.errors).toEqual([{ field: 'year', message: 'year must be a year from 2000 to 2100' }]);
      // @ts-expect-error 'abc' is not a number: the API answers 400 as for the years out of range
      expect((await admin.GET('/v1/calendar/{year}', onBad)).response.status).toBe(400);
    }

    const broken = await sendUntyped(stack.baseUrl, 'PUT', '/v1/calendar/2026', { key: stack.adminKey, body: '{"holidays": [' });
    expect(broken.status).toBe(400);

    expect(await calendarEvents(2026)).toHaveLength(2);
    expect((await admin.GET('/v1/calendar/{year}', year(2026))).data!.holidays).toEqual(springFestival);
  });

  it('answers without an API key (or with a wrong one) 401', async () => {
    const anonymous = stack.client();
    const missing = await anonymous.GET('/v1/calendar/{year}', year(2026));
    expect(missing.response.status).toBe(401);
    expect(missing.response.headers.get('www-authenticate')).toBe('Bearer');
    expect((await replace(2026, { holidays: [], workdays: [] }, anonymous)).response.status).toBe(401);
    expect((await stack.client('cl_wrong').GET('/v1/calendar/{year}', year(2026))).response.status).toBe(401);
  });
});
