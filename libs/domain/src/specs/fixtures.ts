/**
 * Shared builders for the decider specifications: one rectification item of a Hohhot-style plan, the people who
 * act on it, the commands they send, the events the item records, and the life that brings it to each status.
 */
import assert from 'node:assert/strict';
import { AssertionError, DeciderSpecification } from '@event-driven-io/emmett';
import type { CommandMetadata } from '../actor';
import type { ItemCommand, ItemCommandType } from '../commands';
import { decide } from '../decide';
import type { ItemEvent, ItemEventType } from '../events';
import { evolve, fold } from '../evolve';
import type { Evidence, ItemDefinition, MilestonePlan, Responsibility } from '../item';
import type { Policy } from '../policy';
import { CommandRefused, type RefusalKind } from '../refusal';
import { type FiledItem, type ItemStatus, initialState, isFiled, itemStatuses } from '../state';

// ---------------------------------------------------------------------------------------------------------------
// Time

/** 2026-11-23 10:00 in Asia/Shanghai. */
export const NOW = new Date('2026-11-23T02:00:00.000Z');
export const AT = NOW.toISOString();

// ---------------------------------------------------------------------------------------------------------------
// The item

export const ITEM_ID = 'item-hhht-3-1';
export const PLAN_CODE = 'HHHT-2026';
export const RESPONSIBLE_UNIT = 'unit-water';
export const COOPERATING_UNIT = 'unit-agriculture';
export const SUPERVISING_UNIT = 'unit-ecology';
export const OTHER_UNIT = 'unit-roads';

export const DEADLINE = '2027-06-30';
export const MILESTONE: MilestonePlan = { id: 'm1', title: '截污管网完工 (sewer interception finished)', due: '2027-03-31' };

export const policy: Policy = { dueSoonBefore: 'P7D', revisitAfter: ['P3M', 'P6M'], requiredEvidenceKinds: [] };
export const noticePolicy: Policy = { ...policy, publicNoticePeriod: 'P5D' };

/** Revisits that a closure at NOW schedules under `policy` (3 and 6 months later). */
export const REVISITS = [
  { revisitId: 'r1-1', dueAt: '2027-02-23T02:00:00.000Z' },
  { revisitId: 'r1-2', dueAt: '2027-05-23T02:00:00.000Z' },
];
/** When the public notice that starts at NOW under `noticePolicy` ends (5 days later). */
export const NOTICE_ENDS_AT = '2026-11-28T02:00:00.000Z';

export const definition: ItemDefinition = {
  itemId: ITEM_ID,
  planCode: PLAN_CODE,
  code: '3-1',
  title: '城区黑臭水体整治 (urban black-and-odorous water bodies)',
  finding: '部分城区水体黑臭问题反弹 (some urban water bodies turned black and odorous again)',
  target: '消除城区黑臭水体 (no black-and-odorous water body left in the city)',
  measures: ['截污纳管 (intercept sewage)', '清淤疏浚 (dredge)'],
  kind: 'time_bound',
  indicator: { name: '水质达标率 (water quality compliance)', unit: '%', target: 85, direction: 'at_least' },
  deadline: DEADLINE,
  milestones: [MILESTONE],
};

export const responsibility: Responsibility = {
  responsibleUnitId: RESPONSIBLE_UNIT,
  cooperatingUnitIds: [COOPERATING_UNIT],
  responsiblePerson: '张伟 (Zhang Wei)',
  supervisingUnitId: SUPERVISING_UNIT,
  leaderInCharge: 'leader-li',
};

export const photo: Evidence = { kind: 'photo', ref: 'files/photo-river-after.jpg', name: 'river after dredging' };
export const document: Evidence = { kind: 'document', ref: 'files/acceptance-report.pdf' };
export const monitoring: Evidence = { kind: 'monitoring', ref: 'monitoring/station-7/2026-11' };

// ---------------------------------------------------------------------------------------------------------------
// Who acts

export const by = (
  role: CommandMetadata['role'],
  scope: CommandMetadata['scope'],
  extra: Partial<CommandMetadata> = {},
): CommandMetadata => ({ commandId: `cmd-${role}`, actorId: `${role}-user`, role, scope, requestId: 'req-1', ...extra });

/** A principal of the responsible unit. */
export const asResponsibleUnit = by('unit', [RESPONSIBLE_UNIT]);
/** A principal of a parent unit whose scope includes the responsible unit among its sub-units. */
export const asParentOfResponsibleUnit = by('unit', ['unit-city-government', RESPONSIBLE_UNIT, COOPERATING_UNIT]);
export const asOtherUnit = by('unit', [OTHER_UNIT]);
export const asCooperatingUnit = by('unit', [COOPERATING_UNIT]);
/** A supervisor of the item's supervising unit. */
export const asSupervisor = by('supervisor', [SUPERVISING_UNIT]);
export const asSupervisorOfOtherUnit = by('supervisor', [OTHER_UNIT]);
export const asSupervisorOfResponsibleUnit = by('supervisor', [RESPONSIBLE_UNIT]);
export const asLeaderOverResponsibleUnit = by('leader', [RESPONSIBLE_UNIT]);
export const asLeaderOverSupervisingUnit = by('leader', [SUPERVISING_UNIT]);
export const asLeaderOverNeitherUnit = by('leader', [OTHER_UNIT]);
export const asAdmin = by('admin', 'all');
export const asIntegrator = by('integrator', []);
export const asSystem = by('system', []);

// ---------------------------------------------------------------------------------------------------------------
// Commands

type CommandOf<T extends ItemCommandType> = Extract<ItemCommand, { type: T }>;

function commandBuilder<T extends ItemCommandType>(type: T, defaults: CommandOf<T>['data'], defaultActor: CommandMetadata) {
  return (overrides: Partial<CommandOf<T>['data']> = {}, metadata: CommandMetadata = defaultActor): CommandOf<T> =>
    ({ type, data: { ...defaults, ...overrides }, metadata }) as unknown as CommandOf<T>;
}

export const fileItem = commandBuilder('FileItem', { ...definition, ...responsibility, policy }, asAdmin);
export const acknowledgeItem = (metadata: CommandMetadata = asResponsibleUnit): CommandOf<'AcknowledgeItem'> => ({
  type: 'AcknowledgeItem',
  data: {},
  metadata,
});
export const reportProgress = commandBuilder(
  'ReportProgress',
  { percent: 40, evidence: [photo], milestonesReached: [] },
  asResponsibleUnit,
);
export const requestExtension = commandBuilder(
  'RequestExtension',
  { requestId: 'ext-1', proposedDeadline: '2027-09-30', reason: '汛期无法施工 (no works possible in the flood season)' },
  asResponsibleUnit,
);
export const decideExtension = commandBuilder('DecideExtension', { requestId: 'ext-1', approve: true }, asSupervisor);
export const reassignItem = commandBuilder(
  'ReassignItem',
  { responsibleUnitId: OTHER_UNIT, reason: '职能调整 (responsibilities moved)' },
  asSupervisor,
);
export const requestClosure = commandBuilder('RequestClosure', { evidence: [photo, document] }, asResponsibleUnit);
export const raiseObjection = commandBuilder(
  'RaiseObjection',
  { reason: '群众反映仍有异味 (residents report the smell is back)' },
  asIntegrator,
);
export const answerObjection = commandBuilder(
  'AnswerObjection',
  { answer: '已查明系管网渗漏，完成修复并复测达标 (a leaking pipe, repaired and measured again)' },
  asResponsibleUnit,
);
export const verifyItem = commandBuilder('VerifyItem', { accept: true, reasons: [] }, asSupervisor);
export const recordRevisitResult = commandBuilder('RecordRevisitResult', { revisitId: 'r1-1', relapsed: false }, asSupervisor);
export const recordTimeFacts = (metadata: CommandMetadata = asSystem): CommandOf<'RecordTimeFacts'> => ({
  type: 'RecordTimeFacts',
  data: {},
  metadata,
});

// ---------------------------------------------------------------------------------------------------------------
// Events

type EventOf<T extends ItemEventType> = Extract<ItemEvent, { type: T }>;
type EventDataOf<T extends ItemEventType> = Omit<EventOf<T>['data'], 'itemId' | 'at'>;

function eventBuilder<T extends ItemEventType>(type: T, defaults: EventDataOf<T>) {
  return (overrides: Partial<EventDataOf<T>> = {}, at: string = AT): EventOf<T> =>
    ({ type, data: { itemId: ITEM_ID, ...defaults, ...overrides, at } }) as unknown as EventOf<T>;
}

const { itemId: _itemId, ...filedDefinition } = definition;
export const filed = eventBuilder('ItemFiled', { ...filedDefinition, policy });
export const assigned = eventBuilder('ItemAssigned', responsibility);
export const acknowledged = eventBuilder('ItemAcknowledged', { unitId: RESPONSIBLE_UNIT });
export const progressReported = eventBuilder('ProgressReported', { percent: 40, evidence: [photo], milestonesReached: [] });
export const extensionRequested = eventBuilder('ExtensionRequested', {
  requestId: 'ext-1',
  proposedDeadline: '2027-09-30',
  reason: '汛期无法施工 (no works possible in the flood season)',
});
export const extensionApproved = eventBuilder('ExtensionApproved', {
  requestId: 'ext-1',
  previousDeadline: DEADLINE,
  newDeadline: '2027-09-30',
});
export const extensionRejected = eventBuilder('ExtensionRejected', { requestId: 'ext-1', reason: '理由不充分 (not justified)' });
export const reassigned = eventBuilder('ItemReassigned', {
  fromUnitId: RESPONSIBLE_UNIT,
  toUnitId: OTHER_UNIT,
  reason: '职能调整 (responsibilities moved)',
});
export const closureRequested = eventBuilder('ClosureRequested', { evidence: [photo, document] });
export const publicNoticeStarted = eventBuilder('PublicNoticeStarted', { endsAt: NOTICE_ENDS_AT });
export const objectionRaised = eventBuilder('ObjectionRaised', { reason: '群众反映仍有异味 (residents report the smell is back)' });
export const objectionAnswered = eventBuilder('ObjectionAnswered', {
  objection: '群众反映仍有异味 (residents report the smell is back)',
  answer: '已查明系管网渗漏，完成修复并复测达标 (a leaking pipe, repaired and measured again)',
});
export const publicNoticeEnded = eventBuilder('PublicNoticeEnded', {});
export const verificationAccepted = eventBuilder('VerificationAccepted', {});
export const verificationRejected = eventBuilder('VerificationRejected', { reasons: ['仍有污水直排 (sewage still discharged)'] });
export const itemClosed = eventBuilder('ItemClosed', { filedWith: PLAN_CODE, revisits: REVISITS });
export const revisitDue = eventBuilder('RevisitDue', { revisitId: 'r1-1' });
export const revisitConsolidated = eventBuilder('RevisitConsolidated', { revisitId: 'r1-1' });
export const itemConsolidated = eventBuilder('ItemConsolidated', {});
export const relapseFound = eventBuilder('RelapseFound', { revisitId: 'r1-1' });
export const itemReopened = eventBuilder('ItemReopened', { newDeadline: '2027-08-31', relapseCount: 1 });
export const milestoneMissed = eventBuilder('MilestoneMissed', { milestoneId: MILESTONE.id, due: MILESTONE.due });
export const deadlineApproaching = eventBuilder('DeadlineApproaching', { deadline: DEADLINE });
export const itemOverdue = eventBuilder('ItemOverdue', { deadline: DEADLINE });

// ---------------------------------------------------------------------------------------------------------------
// Lives

export type Status = 'unfiled' | ItemStatus;
export const everyStatus: readonly Status[] = ['unfiled', ...itemStatuses];
export const statusesOtherThan = (...allowed: Status[]): Status[] => everyStatus.filter((s) => !allowed.includes(s));

type FiledData = Partial<EventDataOf<'ItemFiled'>>;

/**
 * The events that bring the item (filed with `item` overrides) to `status`, all at NOW.
 * `in_public_notice` files the item under `noticePolicy` unless `item.policy` says otherwise.
 */
export function lifeUntil(status: Status, item: FiledData = {}): ItemEvent[] {
  const working = (filedWith: FiledData) => [filed(filedWith), assigned(), acknowledged()];
  switch (status) {
    case 'unfiled':
      return [];
    case 'assigned':
      return [filed(item), assigned()];
    case 'in_progress':
      return working(item);
    case 'in_public_notice':
      return [...working({ policy: noticePolicy, ...item }), closureRequested(), publicNoticeStarted()];
    case 'awaiting_verification':
      return [...working(item), closureRequested()];
    case 'closed':
      return [...lifeUntil('awaiting_verification', item), verificationAccepted(), itemClosed()];
    case 'consolidated':
      return [
        ...lifeUntil('closed', item),
        revisitDue({ revisitId: 'r1-1' }),
        revisitConsolidated({ revisitId: 'r1-1' }),
        revisitDue({ revisitId: 'r1-2' }),
        revisitConsolidated({ revisitId: 'r1-2' }),
        itemConsolidated(),
      ];
  }
}

/** The item's state after these events; fails the test if they do not file it. */
export function stateAfter(events: readonly ItemEvent[]): FiledItem {
  const state = fold(initialState(), events);
  if (!isFiled(state)) throw new Error('the given events do not file the item');
  return state;
}

// ---------------------------------------------------------------------------------------------------------------
// Given / when / then

/** Events as they are stored (JSON): an absent optional field and an `undefined` one are the same fact. */
const asStored = (events: unknown) => JSON.parse(JSON.stringify(events)) as unknown;

/**
 * Emmett's given/when/then for the item decider at a fixed instant. `then` is made exact: Emmett's own check only
 * asks that each expected event be a subset of some produced one (in any order, and it cannot compare `null`
 * fields), so on top of it the produced events must equal the expected ones, in order.
 *
 * (No jest globals in this file: it sits under src/ and is compiled with the library.)
 */
export function deciderAt(now: Date) {
  let produced: ItemEvent[] | undefined;
  const specification = DeciderSpecification.for({
    decide: (command: ItemCommand, state: ReturnType<typeof initialState>) => (produced = decide(command, state, now)),
    evolve,
    initialState,
  });
  return (givenEvents: ItemEvent[]) => ({
    when: (command: ItemCommand) => {
      const step = specification(givenEvents).when(command);
      return {
        ...step,
        then: (expectedEvents: ItemEvent[]) => {
          produced = undefined;
          try {
            step.then(expectedEvents);
          } catch (error) {
            // A refusal (or any decider crash) fails the test as is; Emmett's own mismatch is re-checked below.
            if (!(error instanceof AssertionError) || produced === undefined) throw error;
          }
          assert.deepEqual(asStored(produced), asStored(expectedEvents), 'the decider produced other events than expected');
        },
      };
    },
  });
}

export const given = deciderAt(NOW);

/** The decider refused with this kind and code (the assertion says which, when not). */
export const refusedWith =
  (kind: RefusalKind, code: string) =>
  (error: Error): boolean => {
    assert.ok(error instanceof CommandRefused, `expected a CommandRefused, got ${String(error)}`);
    assert.deepEqual({ kind: error.kind, code: error.code }, { kind, code }, `refused otherwise: ${error.message}`);
    return true;
  };

/** How a command that is only allowed in other statuses is refused in `status`. */
export const refusedInStatus = (status: Status) =>
  status === 'unfiled' ? refusedWith('conflict', 'not-filed') : refusedWith('conflict', 'wrong-status');
