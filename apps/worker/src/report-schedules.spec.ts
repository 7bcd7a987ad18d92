import { type Client, ScheduleAlreadyRunning, type ScheduleDescription, type ScheduleOptions } from '@temporalio/client';
import { ensureReportSchedules, reportScheduleOptions } from './report-schedules';

/** A stand-in for the Temporal schedule client: remembers what was created and how it was updated. */
function fakeClient(existing: string[] = []) {
  const created: ScheduleOptions[] = [];
  const updated: { id: string; result: unknown }[] = [];
  const previous = {
    state: { paused: true, note: 'paused by an operator', remainingActions: undefined },
  } as unknown as ScheduleDescription;
  const client = {
    schedule: {
      async create(options: ScheduleOptions) {
        if (existing.includes(options.scheduleId)) throw new ScheduleAlreadyRunning('already running', options.scheduleId);
        created.push(options);
      },
      getHandle(id: string) {
        return { update: async (fn: (p: ScheduleDescription) => unknown) => void updated.push({ id, result: fn(previous) }) };
      },
    },
  } as unknown as Client;
  return { client, created, updated };
}

describe('report schedules', () => {
  it('runs the weekly dispatch every Monday 08:00 and the monthly bulletin on the 1st 08:00, Asia/Shanghai', () => {
    const [dispatch, bulletin] = reportScheduleOptions('closeloop-items');

    expect(dispatch).toMatchObject({
      scheduleId: 'closeloop-weekly-dispatch',
      spec: { timezone: 'Asia/Shanghai', calendars: [{ dayOfWeek: 'MONDAY', hour: 8, minute: 0, second: 0 }] },
      action: { type: 'startWorkflow', workflowType: 'reportWorkflow', args: [{ kind: 'dispatch' }], taskQueue: 'closeloop-items' },
    });
    expect(dispatch.spec.calendars![0]).not.toHaveProperty('dayOfMonth');
    expect(bulletin).toMatchObject({
      scheduleId: 'closeloop-monthly-bulletin',
      spec: { timezone: 'Asia/Shanghai', calendars: [{ dayOfMonth: 1, hour: 8, minute: 0, second: 0 }] },
      action: { workflowType: 'reportWorkflow', args: [{ kind: 'bulletin' }] },
    });
    // No period in the arguments: each run reports on the period before its scheduled time.
    expect((bulletin.action.args as unknown[])[0]).not.toHaveProperty('period');
  });

  it('creates both schedules when none exist', async () => {
    const { client, created, updated } = fakeClient();
    await ensureReportSchedules(client, 'q');
    expect(created.map((c) => c.scheduleId)).toEqual(['closeloop-weekly-dispatch', 'closeloop-monthly-bulletin']);
    expect(updated).toEqual([]);
  });

  it('updates an existing schedule in place, keeping its paused state and note', async () => {
    const { client, created, updated } = fakeClient(['closeloop-weekly-dispatch']);
    await ensureReportSchedules(client, 'new-queue');
    expect(created.map((c) => c.scheduleId)).toEqual(['closeloop-monthly-bulletin']);
    expect(updated).toEqual([
      {
        id: 'closeloop-weekly-dispatch',
        result: expect.objectContaining({
          spec: expect.objectContaining({ timezone: 'Asia/Shanghai' }),
          action: expect.objectContaining({ taskQueue: 'new-queue' }),
          state: { paused: true, note: 'paused by an operator', remainingActions: undefined },
        }),
      },
    ]);
  });

  it('lets any other failure through', async () => {
    const client = { schedule: { create: async () => Promise.reject(new Error('unavailable')) } } as unknown as Client;
    await expect(ensureReportSchedules(client, 'q')).rejects.toThrow('unavailable');
  });
});
