import { type ItemEvent, fold, initialState } from '@closeloop/domain';
import { rebuildReadModels } from '@closeloop/read-models';
import { ItemLife, type LoggedEvent, fullLife, runStep } from '../support/item-life';
import { type RunningStack, startStack } from '../support/running-stack';

/** The whole life of one item over HTTP, with a seconds-scale policy, on the real servers. */
describe('an item lives its whole life: file → … → relapse → reopen → … → consolidated', () => {
  let stack: RunningStack;
  let life: ItemLife;
  let log: LoggedEvent[] = [];

  beforeAll(async () => {
    stack = await startStack();
    life = new ItemLife(stack, 'YR-2026', '7');
    await life.setUp();
  });
  afterAll(() => stack?.stop());

  it.each(fullLife.map((step, i) => [i + 1, step.name, step] as const))('step %i: %s', async (_i, _name, step) => {
    log = await runStep(life, step, log);
  });

  it('the log holds each fact once, and the read model equals a fold of the log', async () => {
    const events = await life.events();
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    expect(events).toHaveLength(fullLife.reduce((n, s) => n + s.events.length, 0));
    const folded = fold(
      initialState(),
      events.map((e) => ({ type: e.type, data: e.data }) as ItemEvent),
    );
    const row = await stack.database.db.selectFrom('items').select('state').where('id', '=', life.itemId).executeTakeFirstOrThrow();
    expect(row.state).toEqual(JSON.parse(JSON.stringify(folded)));
  });

  it('a rebuild of the read models from the log equals the live read models', async () => {
    // A second item left part-way through its life, so the models hold more than one shape.
    const other = new ItemLife(stack, 'YR-2026', '8');
    await other.setUp();
    let log: LoggedEvent[] = [];
    for (const step of fullLife.slice(0, 5)) log = await runStep(other, step, log);

    const snapshot = async () => ({
      items: await stack.database.db.selectFrom('items').selectAll().orderBy('id').execute(),
      plans: await stack.database.db.selectFrom('plans').selectAll().orderBy('id').execute(),
    });
    const live = await snapshot();
    expect(live.items).toHaveLength(2);

    const replayed = await rebuildReadModels(stack.database.db, { batchSize: 7 });
    const rebuilt = await snapshot();

    const { count } = await stack.database.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(replayed).toBe(Number(count));
    expect(rebuilt).toEqual(live);
  });
});
