import { type ItemEvent, fold, initialState } from '@closeloop/domain';
import { ItemLife, type LoggedEvent, fullLife, runStep } from '../support/item-life';
import { type RunningStack, type WorkerProcess, startStack } from '../support/running-stack';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Kill -9 the worker at the worst moments of an item's life: nothing may be lost, nothing doubled. */
describe('the worker is killed and restarted in the middle of an item life', () => {
  jest.setTimeout(120_000);
  let stack: RunningStack;
  let life: ItemLife;
  let worker: WorkerProcess;

  beforeAll(async () => {
    stack = await startStack({ workerProcess: true });
    worker = stack.workerProcess!;
    life = new ItemLife(stack, 'YR-CRASH', '1');
    await life.setUp();
  });
  afterAll(() => stack?.stop());

  it('completes the whole life with every fact recorded exactly once', async () => {
    let log: LoggedEvent[] = [];
    for (const step of fullLife) {
      switch (step.name) {
        case 'progress reported':
          // The worker dies before the command arrives; the command waits for a new worker.
          await worker.kill();
          log = await Promise.all([runStep(life, step, log), sleep(1000).then(() => worker.start())]).then(([l]) => l);
          break;
        case 'closure requested with evidence':
          // The worker dies while the command is in flight.
          log = await Promise.all([
            runStep(life, step, log),
            sleep(30)
              .then(() => worker.kill())
              .then(() => sleep(500))
              .then(() => worker.start()),
          ]).then(([l]) => l);
          break;
        case 'revisit falls due (timer)':
          // The worker is down when the revisit timer fires; the fact is recorded once it is back.
          await worker.kill();
          await sleep(3000);
          await worker.start();
          log = await runStep(life, step, log);
          break;
        default:
          log = await runStep(life, step, log);
      }
    }

    const events = await life.events();
    expect(events.map((e) => e.type)).toEqual(fullLife.flatMap((s) => s.events));
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    const folded = fold(
      initialState(),
      events.map((e) => ({ type: e.type, data: e.data }) as ItemEvent),
    );
    const row = await stack.database.db
      .selectFrom('items')
      .select(['state', 'version'])
      .where('id', '=', life.itemId)
      .executeTakeFirstOrThrow();
    expect(row.state).toEqual(JSON.parse(JSON.stringify(folded)));
    expect(row.version).toBe(events.length);
  });
});
