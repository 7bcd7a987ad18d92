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
  'ItemLifecycleController_acknowledge',
  'ItemLifecycleController_reportProgress',
  'ItemLifecycleController_requestExtension',
  'ItemLifecycleController_reassign',
  'ItemLifecycleController_requestClosure',
  'ItemLifecycleController_object',
  'ItemLifecycleController_verify',
  'ItemLifecycleController_escalate',
];
/** The item's reads and commands, from a response that is the item. */
const onItem = (): Record<string, Link> =>
  Object.fromEntries(
    [...itemCommands, 'ItemsController_get', 'ItemsController_events'].map((operationId) => [operationId.split('_')[1], { operationId, parameters: id }]),
  );

/**
 * OpenAPI links (`responses.<status>.links`) between the operations that create resources and those that use
 * them: a client (and Schemathesis's stateful phase) follows unit → plan → item → the item's commands, and a
 * webhook subscription to its reads. Keyed by operation id and status.
 */
const links: Record<string, Record<string, Record<string, Link>>> = {
  UnitsController_create: {
    '201': {
      PlanOwnedByUnit: { operationId: 'PlansController_create', requestBody: { ownerUnitId: '$response.body#/id' } },
      SubUnit: { operationId: 'UnitsController_create', requestBody: { parentId: '$response.body#/id' } },
      ItemOfUnit: { operationId: 'ItemsController_create', requestBody: { responsibleUnitId: '$response.body#/id', supervisingUnitId: '$response.body#/id' } },
    },
  },
  PlansController_create: {
    '201': {
      get: { operationId: 'PlansController_get', parameters: id },
      ledger: { operationId: 'ImportExportController_ledger', parameters: id },
      import: { operationId: 'ImportExportController_import', parameters: id },
      ItemOfPlan: {
        operationId: 'ItemsController_create',
        requestBody: { planCode: '$response.body#/id', responsibleUnitId: '$response.body#/ownerUnitId', supervisingUnitId: '$response.body#/ownerUnitId' },
      },
    },
  },
  ItemsController_create: { '201': onItem() },
  ...Object.fromEntries(itemCommands.map((operationId) => [operationId, { '200': onItem() }])),
  WebhooksController_create: {
    '201': {
      get: { operationId: 'WebhooksController_get', parameters: id },
      deliveries: { operationId: 'WebhooksController_deliveries', parameters: id },
      remove: { operationId: 'WebhooksController_remove', parameters: id },
    },
  },
};
links.ItemLifecycleController_requestExtension['200'].decision = {
  operationId: 'ItemLifecycleController_decideExtension',
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
