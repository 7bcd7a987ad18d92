import type { ItemFilter } from '@closeloop/read-models';
import type { Scope } from '../common/auth/principal';
import type { ItemListQuery } from './item-list.query';

/** The list's query parameters as the read model's filter, within the caller's scope. */
export function itemFilterOf(query: Omit<ItemListQuery, 'limit' | 'cursor' | 'sort'>, scope: Scope): ItemFilter {
  return {
    planCode: query.plan,
    unitId: query.unit,
    responsibleUnitId: query.responsibleUnit,
    supervisingUnitId: query.supervisingUnit,
    status: query.status,
    light: query.light,
    overdue: query.overdue,
    dueBefore: query.dueBefore,
    dueAfter: query.dueAfter,
    awaiting: query.awaiting,
    escalation: query.escalation,
    escalationProposed: query.escalationProposed,
    text: query.q,
    scope,
  };
}
