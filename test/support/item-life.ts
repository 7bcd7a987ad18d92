import { findPrincipalByKey } from '@closeloop/api';
import type { Schemas } from '@closeloop/api-client';
import { expect } from '@jest/globals';
import type { ApiClient } from './api';
import type { RunningStack } from './running-stack';
import { endOfMonthAhead } from './test-dates';

export type Actor = 'admin' | 'unit' | 'supervisor' | 'system';
export type Person = Exclude<Actor, 'system'>;
export type ItemView = Schemas['ItemView'];
export type LoggedEvent = Schemas['ItemEventDto'];

export interface LifeStep {
  name: string;
  by: Actor;
  /** The events this step appends, in order. */
  events: string[];
  /** Sends the command (or waits for the timer); returns the HTTP status. */
  run(life: ItemLife): Promise<number>;
  /** What the read model shows afterwards. */
  expect: Record<string, unknown> | ((item: ItemView) => void);
}

/** The life's dates: months ahead of today, so that the item is on time (green) whatever day the test runs. */
export const lifeDates = {
  milestone: endOfMonthAhead(4),
  deadline: endOfMonthAhead(7),
  extended: endOfMonthAhead(10),
  reopened: endOfMonthAhead(13),
};

/** A seconds-scale policy: one revisit two seconds after each closure, no public notice. */
export const secondsPolicy = { dueSoonBefore: 'P7D', revisitAfter: ['PT2S'], requiredEvidenceKinds: ['photo'] };

const photo: Schemas['EvidenceDto'] = { kind: 'photo', ref: 'https://files.example.gov.cn/hhht/river-after.jpg', name: '整改后现场照片' };

/** One item driven through its whole life over HTTP, as the responsible unit, the supervisor and an admin. */
export class ItemLife {
  itemId = '';
  readonly keys: Record<Person, string> = { admin: '', unit: '', supervisor: '' };
  readonly actorIds: Record<Actor, string> = { admin: '', unit: '', supervisor: '', system: 'system' };
  /** Who each actor is on its events besides its id: its name and own units (nothing for the system). */
  readonly actorDetails: Record<Actor, { actorName?: string; actorUnitIds?: string[] }> = {
    admin: {},
    unit: {},
    supervisor: {},
    system: {},
  };
  /** The generated client as each actor (set up by setUp). */
  readonly as = {} as Record<Person, ApiClient>;

  constructor(
    private readonly stack: RunningStack,
    readonly planCode: string,
    readonly code: string,
  ) {}

  /** Units, a plan with the seconds-scale policy, and a key for each actor. */
  async setUp(): Promise<void> {
    const admin = this.stack.client(this.stack.adminKey);
    for (const unit of [
      { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
      { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
      { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parentId: 'hhht' },
    ] as const) {
      const { response } = await admin.POST('/v1/units', { body: unit });
      expect([201, 409]).toContain(response.status);
    }
    const plan = {
      id: this.planCode,
      title: '黄河流域整改方案',
      sourceInspection: '自治区督察',
      ownerUnitId: 'hhht',
      policy: secondsPolicy,
    };
    expect([201, 409]).toContain((await admin.POST('/v1/plans', { body: plan })).response.status);
    this.keys.admin = this.stack.adminKey;
    this.keys.unit = await this.stack.keyFor('unit', ['hhht-water']);
    this.keys.supervisor = await this.stack.keyFor('supervisor', ['hhht-eco']);
    for (const actor of ['admin', 'unit', 'supervisor'] as const) {
      this.as[actor] = this.stack.client(this.keys[actor]);
      const principal = (await findPrincipalByKey(this.stack.database.db, this.keys[actor]))!;
      this.actorIds[actor] = principal.id;
      this.actorDetails[actor] = { actorName: principal.name, actorUnitIds: principal.unitIds };
    }
  }

  /** The item as the read model shows it to an admin. */
  item = async (): Promise<ItemView> => (await this.as.admin.GET('/v1/items/{id}', { params: { path: { id: this.itemId } } })).data!;
  events = async (): Promise<LoggedEvent[]> =>
    (await this.as.admin.GET('/v1/items/{id}/events', { params: { path: { id: this.itemId } } })).data!.items;

  /** The path of this item (and any further path parameters) with a fresh request id: the options of a command on it. */
  on = <P extends Record<string, string> = Record<never, string>>(path?: P) => ({
    params: { path: Object.assign({ id: this.itemId }, path) },
    headers: { 'x-request-id': `life-${Date.now()}` },
  });

  /** Polls the read model until the item shows what a timer should have recorded. */
  async waitFor(check: (item: ItemView) => boolean, timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const item = await this.item();
      if (check(item)) return 200;
      if (Date.now() > deadline) throw new Error(`timed out waiting; item is ${JSON.stringify(item)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The HTTP status of a client's answer: what a step's `run` returns. */
export const statusOf = async (answer: Promise<{ response: Response }>): Promise<number> => (await answer).response.status;

const dueRevisit = (item: ItemView) => item.revisits.find((r) => r.status === 'due')?.revisitId;

/** The life the issue asks for, step by step, with what each step must record and show. */
export const fullLife: LifeStep[] = [
  {
    name: 'filed by an admin',
    by: 'admin',
    events: ['ItemFiled', 'ItemAssigned'],
    async run(life) {
      const { response, data } = await life.as.admin.POST('/v1/items', {
        body: {
          planCode: life.planCode,
          code: life.code,
          title: '黄河流域入河排污口整治',
          finding: '部分入河排污口未完成整治',
          target: '入河排污口整治完成率100%',
          measures: ['排查', '封堵', '规范化建设'],
          kind: 'time_bound',
          indicator: { name: '整治完成率', unit: '%', target: 100, direction: 'at_least' },
          deadline: lifeDates.deadline,
          milestones: [{ id: 'm1', title: '完成排查', due: lifeDates.milestone }],
          responsibleUnitId: 'hhht-water',
          supervisingUnitId: 'hhht-eco',
          responsiblePerson: '王五',
          leaderInCharge: '赵六',
        },
      });
      life.itemId = data!.id;
      return response.status;
    },
    expect: { status: 'assigned', light: 'green', deadline: lifeDates.deadline, responsibleUnitId: 'hhht-water', version: 2 },
  },
  {
    name: 'acknowledged by the responsible unit',
    by: 'unit',
    events: ['ItemAcknowledged'],
    run: (life) => statusOf(life.as.unit.POST('/v1/items/{id}/acknowledgement', { ...life.on(), body: {} })),
    expect: { status: 'in_progress' },
  },
  {
    name: 'progress reported',
    by: 'unit',
    events: ['ProgressReported'],
    run: (life) =>
      statusOf(
        life.as.unit.POST('/v1/items/{id}/progress-reports', {
          ...life.on(),
          body: { percent: 40, indicatorValue: 40, note: '完成排查', evidence: [photo], milestonesReached: ['m1'] },
        }),
      ),
    expect: (item) => {
      expect(item).toMatchObject({ percent: 40, indicatorValue: 40, reportCount: 1 });
      expect(item.milestones[0]).toMatchObject({ id: 'm1', reached: true });
    },
  },
  {
    name: 'extension requested',
    by: 'unit',
    events: ['ExtensionRequested'],
    run: (life) =>
      statusOf(
        life.as.unit.POST('/v1/items/{id}/extension-requests', {
          ...life.on(),
          body: { proposedDeadline: lifeDates.extended, reason: '汛期影响施工' },
        }),
      ),
    expect: (item) => expect(item.pendingExtension).toMatchObject({ proposedDeadline: lifeDates.extended, reason: '汛期影响施工' }),
  },
  {
    name: 'extension approved by the supervising unit',
    by: 'supervisor',
    events: ['ExtensionApproved'],
    run: async (life) => {
      const requestId = (await life.item()).pendingExtension!.requestId;
      return statusOf(
        life.as.supervisor.POST('/v1/items/{id}/extension-requests/{requestId}/decision', {
          ...life.on({ requestId }),
          body: { approve: true },
        }),
      );
    },
    expect: { deadline: lifeDates.extended, originalDeadline: lifeDates.deadline, pendingExtension: null },
  },
  {
    name: 'closure requested with evidence',
    by: 'unit',
    events: ['ClosureRequested'],
    run: (life) =>
      statusOf(life.as.unit.POST('/v1/items/{id}/closure-requests', { ...life.on(), body: { evidence: [photo], note: '申请销号' } })),
    expect: { status: 'awaiting_verification' },
  },
  {
    name: 'rejected with reasons',
    by: 'supervisor',
    events: ['VerificationRejected'],
    run: (life) =>
      statusOf(
        life.as.supervisor.POST('/v1/items/{id}/verification', {
          ...life.on(),
          body: { accept: false, reasons: ['现场仍有排污口未封堵'] },
        }),
      ),
    expect: { status: 'in_progress', rejectionCount: 1, deadline: lifeDates.extended },
  },
  {
    name: 'closure requested again',
    by: 'unit',
    events: ['ClosureRequested'],
    run: (life) => statusOf(life.as.unit.POST('/v1/items/{id}/closure-requests', { ...life.on(), body: { evidence: [photo] } })),
    expect: { status: 'awaiting_verification' },
  },
  {
    name: 'accepted: closed and filed',
    by: 'supervisor',
    events: ['VerificationAccepted', 'ItemClosed'],
    run: (life) =>
      statusOf(life.as.supervisor.POST('/v1/items/{id}/verification', { ...life.on(), body: { accept: true, note: '验收合格' } })),
    expect: (item) => {
      expect(item.status).toBe('closed');
      expect(item.closedAt).toEqual(expect.any(String));
      expect(item.revisits).toEqual([expect.objectContaining({ revisitId: 'r1-1', status: 'scheduled' })]);
    },
  },
  {
    name: 'revisit falls due (timer)',
    by: 'system',
    events: ['RevisitDue'],
    run: (life) => life.waitFor((item) => dueRevisit(item) === 'r1-1'),
    expect: (item) => expect(item.revisits[0]).toMatchObject({ revisitId: 'r1-1', status: 'due' }),
  },
  {
    name: 'revisit finds a relapse: reopened',
    by: 'supervisor',
    events: ['RelapseFound', 'ItemReopened'],
    run: (life) =>
      statusOf(
        life.as.supervisor.POST('/v1/items/{id}/revisits/{revisitId}/result', {
          ...life.on({ revisitId: 'r1-1' }),
          body: { outcome: 'relapsed', findings: '排污口复现', newDeadline: lifeDates.reopened },
        }),
      ),
    expect: { status: 'in_progress', relapseCount: 1, deadline: lifeDates.reopened, closedAt: null },
  },
  {
    name: 'closure requested after the relapse',
    by: 'unit',
    events: ['ClosureRequested'],
    run: (life) => statusOf(life.as.unit.POST('/v1/items/{id}/closure-requests', { ...life.on(), body: { evidence: [photo] } })),
    expect: { status: 'awaiting_verification' },
  },
  {
    name: 'accepted again',
    by: 'supervisor',
    events: ['VerificationAccepted', 'ItemClosed'],
    run: (life) => statusOf(life.as.supervisor.POST('/v1/items/{id}/verification', { ...life.on(), body: { accept: true } })),
    expect: (item) => {
      expect(item.status).toBe('closed');
      expect(item.revisits.map((r) => [r.revisitId, r.status])).toEqual([
        ['r1-1', 'relapsed'],
        ['r2-1', 'scheduled'],
      ]);
    },
  },
  {
    name: 'second revisit falls due (timer)',
    by: 'system',
    events: ['RevisitDue'],
    run: (life) => life.waitFor((item) => dueRevisit(item) === 'r2-1'),
    expect: (item) => expect(item.revisits[1]).toMatchObject({ revisitId: 'r2-1', status: 'due' }),
  },
  {
    name: 'revisit consolidated: the item is consolidated',
    by: 'supervisor',
    events: ['RevisitConsolidated', 'ItemConsolidated'],
    run: (life) =>
      statusOf(
        life.as.supervisor.POST('/v1/items/{id}/revisits/{revisitId}/result', {
          ...life.on({ revisitId: 'r2-1' }),
          body: { outcome: 'consolidated', findings: '整改成果巩固' },
        }),
      ),
    expect: { status: 'consolidated', relapseCount: 1, light: 'green' },
  },
];

/** Runs one step and checks the log grew by exactly its events, by its actor, and the read model shows it. */
export async function runStep(life: ItemLife, step: LifeStep, before: LoggedEvent[]): Promise<LoggedEvent[]> {
  const status = await step.run(life);
  expect({ step: step.name, status }).toEqual({ step: step.name, status: step.name.startsWith('filed') ? 201 : 200 });
  const after = await life.events();
  const added = after.slice(before.length);
  expect(added.map((e) => e.type)).toEqual(step.events);
  for (const event of added) {
    expect(event.metadata).toMatchObject({
      actorId: life.actorIds[step.by],
      role: step.by === 'system' ? 'system' : step.by,
      ...life.actorDetails[step.by],
    });
    if (step.by === 'system') expect(event.metadata).not.toHaveProperty('actorName');
  }
  expect(after.map((e) => e.version)).toEqual(after.map((_, i) => i + 1));
  const item = await life.item();
  expect(item.version).toBe(after.length);
  if (typeof step.expect === 'function') step.expect(item);
  else expect(item).toMatchObject(step.expect);
  return after;
}
