import { type LifeStep, fullLife, statusOf } from '../support/item-life';

const step = (name: string): LifeStep => {
  const found = fullLife.find((s) => s.name === name);
  if (!found) throw new Error(`no step ${name}`);
  return found;
};

const extensionRejected: LifeStep = {
  name: 'extension rejected by the supervising unit',
  by: 'supervisor',
  events: ['ExtensionRejected'],
  run: async (life) => {
    const requestId = (await life.item()).pendingExtension!.requestId;
    return statusOf(
      life.as.supervisor.POST('/v1/items/{id}/extension-requests/{requestId}/decision', {
        ...life.on({ requestId }),
        body: { approve: false, reason: '理由不充分' },
      }),
    );
  },
  expect: { pendingExtension: null },
};

const secondExtensionRequest: LifeStep = {
  ...step('extension requested'),
  run: (life) =>
    statusOf(
      life.as.unit.POST('/v1/items/{id}/extension-requests', {
        ...life.on(),
        body: { proposedDeadline: '2027-12-31', reason: '资金未到位' },
      }),
    ),
  expect: (item) => expect(item.pendingExtension).toMatchObject({ proposedDeadline: '2027-12-31' }),
};

/** The recorded lives whose workflow histories guard every change to workflow code. */
export const scenarios: Record<string, LifeStep[]> = {
  'full-life': fullLife,
  'reject-and-resubmit': [
    step('filed by an admin'),
    step('acknowledged by the responsible unit'),
    step('closure requested with evidence'),
    { ...step('rejected with reasons'), expect: { status: 'in_progress', rejectionCount: 1 } },
    step('closure requested again'),
    { ...step('rejected with reasons'), expect: { status: 'in_progress', rejectionCount: 2 } },
    step('closure requested again'),
    step('accepted: closed and filed'),
  ],
  'relapse-and-reopen': [
    step('filed by an admin'),
    step('acknowledged by the responsible unit'),
    step('closure requested with evidence'),
    step('accepted: closed and filed'),
    step('revisit falls due (timer)'),
    step('revisit finds a relapse: reopened'),
    step('closure requested after the relapse'),
  ],
  extension: [
    step('filed by an admin'),
    step('acknowledged by the responsible unit'),
    step('extension requested'),
    step('extension approved by the supervising unit'),
    secondExtensionRequest,
    extensionRejected,
  ],
};
