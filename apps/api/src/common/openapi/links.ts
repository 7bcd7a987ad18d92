type Json = Record<string, any>;

interface Link {
  operationId: string;
  parameters?: Record<string, string>;
  /** Merged into the generated body (Schemathesis merges a link's requestBody object). */
  requestBody?: Record<string, string>;
  description?: string;
}

const id = { id: '$response.body#/id' };
const itemCommands = [
  'acknowledgeItem',
  'reportProgress',
  'requestExtension',
  'reassignItem',
  'requestClosure',
  'objectToClosure',
  'verifyItem',
  'escalateItem',
];
/** The item's reads and commands, from a response that is the item. */
const onItem = (): Record<string, Link> =>
  Object.fromEntries([...itemCommands, 'getItem', 'listItemEvents'].map((operationId) => [operationId, { operationId, parameters: id }]));

/**
 * OpenAPI links (`responses.<status>.links`) between the operations that create resources and those that use
 * them: a client (and Schemathesis's stateful phase) follows unit → plan → item → the item's commands, and a
 * webhook subscription to its reads. Keyed by operation id and status.
 */
const links: Record<string, Record<string, Record<string, Link>>> = {
  createUnit: {
    '201': {
      PlanOwnedByUnit: { operationId: 'issuePlan', requestBody: { ownerUnitId: '$response.body#/id' } },
      SubUnit: { operationId: 'createUnit', requestBody: { parentId: '$response.body#/id' } },
      ItemOfUnit: {
        operationId: 'fileItem',
        requestBody: { responsibleUnitId: '$response.body#/id', supervisingUnitId: '$response.body#/id' },
      },
    },
  },
  issuePlan: {
    '201': {
      get: { operationId: 'getPlan', parameters: id },
      ledger: { operationId: 'getPlanLedger', parameters: id },
      import: { operationId: 'importPlanItems', parameters: id },
      ItemOfPlan: {
        operationId: 'fileItem',
        requestBody: {
          planCode: '$response.body#/id',
          responsibleUnitId: '$response.body#/ownerUnitId',
          supervisingUnitId: '$response.body#/ownerUnitId',
        },
      },
    },
  },
  fileItem: { '201': onItem() },
  ...Object.fromEntries(itemCommands.map((operationId) => [operationId, { '200': onItem() }])),
  createPerson: {
    '201': {
      get: { operationId: 'getPerson', parameters: id },
      invite: { operationId: 'invitePerson', parameters: id },
      disable: { operationId: 'disablePerson', parameters: id },
      enable: { operationId: 'enablePerson', parameters: id },
      invitation: { operationId: 'getInvitation', parameters: { token: '$response.body#/invitation/token' } },
      accept: { operationId: 'acceptInvitation', parameters: { token: '$response.body#/invitation/token' } },
    },
  },
  invitePerson: {
    '201': {
      invitation: { operationId: 'getInvitation', parameters: { token: '$response.body#/token' } },
      accept: { operationId: 'acceptInvitation', parameters: { token: '$response.body#/token' } },
    },
  },
  createWebhook: {
    '201': {
      get: { operationId: 'getWebhook', parameters: id },
      deliveries: { operationId: 'listWebhookDeliveries', parameters: id },
      remove: { operationId: 'deleteWebhook', parameters: id },
    },
  },
};
links.requestExtension['200'].decision = {
  operationId: 'decideExtension',
  parameters: { id: '$response.body#/id', requestId: '$response.body#/pendingExtension/requestId' },
};

/** Puts the links on the operations' responses. */
export function applyLinks(doc: Json): void {
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const operation of Object.values<Json>(item)) {
      for (const [status, named] of Object.entries(links[operation?.operationId] ?? {})) {
        const response = operation.responses?.[status];
        if (response) response.links = { ...response.links, ...structuredClone(named) };
      }
    }
  }
}
