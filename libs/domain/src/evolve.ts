import type { ItemEvent } from './events';
import { type FiledItem, type ItemState, isFiled } from './state';

/** Applies one recorded fact. Shared by the workflow and every projection, so both always agree. */
export function evolve(state: ItemState, event: ItemEvent): ItemState {
  if (event.type === 'ItemFiled') {
    const { at, policy, milestones, calendar, ...definition } = event.data;
    return {
      ...definition,
      ...(calendar ? { calendar } : {}),
      status: 'assigned',
      policy,
      milestones: milestones.map((m) => ({ ...m, reached: false, missed: false })),
      originalDeadline: definition.deadline,
      filedAt: at,
      responsibleUnitId: '',
      cooperatingUnitIds: [],
      supervisingUnitId: '',
      percent: 0,
      reportCount: 0,
      extensionCount: 0,
      rejectionCount: 0,
      dueSoon: false,
      overdue: false,
      revisits: [],
      relapseCount: 0,
      remindersSent: [],
      lastMissedPeriod: 0,
      missedReportsInARow: 0,
      escalation: { level: null, documentNumbers: [] },
    };
  }
  if (!isFiled(state)) return state;
  return evolveFiled(state, event);
}

function evolveFiled(state: FiledItem, event: Exclude<ItemEvent, { type: 'ItemFiled' }>): FiledItem {
  const { data } = event;
  switch (event.type) {
    case 'ItemAssigned': {
      const { itemId: _id, at: _at, ...responsibility } = event.data;
      return { ...state, ...responsibility };
    }
    case 'ItemAcknowledged':
      return { ...state, status: 'in_progress', acknowledgedAt: data.at, cadenceAnchor: data.at, lastMissedPeriod: 0 };
    case 'ProgressReported': {
      const reached = new Set(event.data.milestonesReached);
      return {
        ...state,
        percent: event.data.percent,
        indicatorValue: event.data.indicatorValue ?? state.indicatorValue,
        reportCount: state.reportCount + 1,
        lastReportAt: data.at,
        missedReportsInARow: 0,
        milestones: state.milestones.map((m) => (reached.has(m.id) ? { ...m, reached: true } : m)),
      };
    }
    case 'ExtensionRequested':
      return {
        ...state,
        pendingExtension: {
          requestId: event.data.requestId,
          proposedDeadline: event.data.proposedDeadline,
          reason: event.data.reason,
          requestedAt: data.at,
        },
      };
    case 'ExtensionApproved':
      return {
        ...state,
        deadline: event.data.newDeadline,
        pendingExtension: undefined,
        extensionCount: state.extensionCount + 1,
        dueSoon: false,
        overdue: false,
      };
    case 'ExtensionRejected':
      return { ...state, pendingExtension: undefined };
    case 'ItemReassigned':
      return {
        ...state,
        responsibleUnitId: event.data.toUnitId,
        status: 'assigned',
        acknowledgedAt: undefined,
        pendingExtension: undefined,
      };
    case 'ClosureRequested':
      return {
        ...state,
        status: 'awaiting_verification',
        pendingExtension: undefined,
        closureRequest: { evidence: event.data.evidence, note: event.data.note, requestedAt: data.at },
      };
    case 'PublicNoticeStarted':
      return state.closureRequest
        ? { ...state, status: 'in_public_notice', closureRequest: { ...state.closureRequest, noticeEndsAt: event.data.endsAt } }
        : state;
    case 'ObjectionRaised':
      return {
        ...state,
        status: 'in_progress',
        closureRequest: undefined,
        openObjection: { reason: event.data.reason, raisedAt: data.at },
      };
    case 'ObjectionAnswered':
      return { ...state, openObjection: undefined };
    case 'PublicNoticeEnded':
      return { ...state, status: 'awaiting_verification' };
    case 'VerificationAccepted':
      return state;
    case 'VerificationRejected':
      return { ...state, status: 'in_progress', closureRequest: undefined, rejectionCount: state.rejectionCount + 1 };
    case 'ItemClosed':
      return {
        ...state,
        status: 'closed',
        openObjection: undefined,
        closedAt: data.at,
        closureRequest: undefined,
        dueSoon: false,
        overdue: false,
        revisits: [
          ...state.revisits,
          ...event.data.revisits.map((r) => ({ revisitId: r.revisitId, dueAt: r.dueAt, status: 'scheduled' as const })),
        ],
      };
    case 'RevisitDue':
      return { ...state, revisits: setRevisit(state, event.data.revisitId, 'due') };
    case 'RevisitConsolidated':
      return { ...state, revisits: setRevisit(state, event.data.revisitId, 'consolidated') };
    case 'ItemConsolidated':
      return { ...state, status: 'consolidated' };
    case 'RelapseFound':
      return {
        ...state,
        revisits: state.revisits.map((r) =>
          r.revisitId === event.data.revisitId
            ? { ...r, status: 'relapsed' as const }
            : r.status === 'scheduled' || r.status === 'due'
              ? { ...r, status: 'cancelled' as const }
              : r,
        ),
      };
    case 'ItemReopened':
      return {
        ...state,
        status: 'in_progress',
        deadline: event.data.newDeadline,
        relapseCount: event.data.relapseCount,
        closedAt: undefined,
        cadenceAnchor: data.at,
        lastMissedPeriod: 0,
        missedReportsInARow: 0,
        percent: 0,
        dueSoon: false,
        overdue: false,
      };
    case 'MilestoneMissed':
      return { ...state, milestones: state.milestones.map((m) => (m.id === event.data.milestoneId ? { ...m, missed: true } : m)) };
    case 'DeadlineApproaching':
      return { ...state, dueSoon: true };
    case 'ItemOverdue':
      return { ...state, overdue: true };
    case 'ReminderDue':
      return { ...state, remindersSent: [...state.remindersSent, event.data.key] };
    case 'ReportMissed':
      return {
        ...state,
        lastMissedPeriod: event.data.period,
        missedReportsInARow: event.data.missedInARow,
      };
    case 'EscalationRaised':
      return {
        ...state,
        escalation: {
          level: event.data.level,
          manual: event.data.trigger === 'manual',
          documentNumbers: event.data.documentNumber
            ? [...state.escalation.documentNumbers, event.data.documentNumber]
            : state.escalation.documentNumbers,
        },
      };
    case 'EscalationProposed':
      return { ...state, escalation: { ...state.escalation, proposed: event.data.level, proposedTrigger: event.data.trigger } };
    case 'EscalationSteppedDown':
      return {
        ...state,
        escalation: {
          ...state.escalation,
          level: event.data.to,
          manual: event.data.to ? state.escalation.manual : false,
          proposed: undefined,
          proposedTrigger: undefined,
        },
      };
    case 'CalendarApplied':
      return { ...state, calendar: event.data.calendar };
  }
}

function setRevisit(state: FiledItem, revisitId: string, status: FiledItem['revisits'][number]['status']) {
  return state.revisits.map((r) => (r.revisitId === revisitId ? { ...r, status } : r));
}

export const fold = (state: ItemState, events: readonly ItemEvent[]): ItemState => events.reduce(evolve, state);
