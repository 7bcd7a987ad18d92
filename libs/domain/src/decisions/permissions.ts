import type { CommandMetadata } from '../actor';
import { refuse } from '../refusal';
import type { FiledItem } from '../state';

const inScope = (metadata: CommandMetadata, unitId: string) => metadata.scope === 'all' || metadata.scope.includes(unitId);

/** Acts for the responsible unit: a unit principal of that unit, or an admin. */
export function mustBeResponsibleUnit(item: FiledItem, metadata: CommandMetadata, action: string): void {
  if (metadata.role === 'admin') return;
  if (metadata.role !== 'unit' || !inScope(metadata, item.responsibleUnitId)) {
    refuse('forbidden', 'not-responsible-unit', `only the responsible unit (${item.responsibleUnitId}) may ${action}`);
  }
}

/** Acts for the supervising unit: a supervisor of that unit, or an admin. */
export function mustBeSupervisingUnit(item: FiledItem, metadata: CommandMetadata, action: string): void {
  if (metadata.role === 'admin') return;
  if (metadata.role !== 'supervisor' || !inScope(metadata, item.supervisingUnitId)) {
    refuse('forbidden', 'not-supervising-unit', `only the supervising unit (${item.supervisingUnitId}) may ${action}`);
  }
}

/** A supervisor of the supervising unit, a leader over either unit, or an admin. */
export function mustSuperviseOrLead(item: FiledItem, metadata: CommandMetadata, action: string): void {
  if (metadata.role === 'admin') return;
  if (metadata.role === 'supervisor' && inScope(metadata, item.supervisingUnitId)) return;
  if (metadata.role === 'leader' && (inScope(metadata, item.responsibleUnitId) || inScope(metadata, item.supervisingUnitId))) return;
  refuse('forbidden', 'not-supervisor-or-leader', `only the supervising unit or a leader in charge may ${action}`);
}

export function mustHaveRole(metadata: CommandMetadata, allowed: readonly CommandMetadata['role'][], action: string): void {
  if (!allowed.includes(metadata.role)) refuse('forbidden', 'role-not-allowed', `a ${metadata.role} may not ${action}`);
}

export function mustBeIn(item: FiledItem, statuses: readonly FiledItem['status'][], action: string): void {
  if (!statuses.includes(item.status)) {
    refuse('conflict', 'wrong-status', `cannot ${action} while the item is ${item.status.replace(/_/g, ' ')}`);
  }
}

export function mustGiveReason(reason: string | undefined, action: string): string {
  if (!reason || !reason.trim()) refuse('invalid', 'reason-required', `a reason is required to ${action}`);
  return reason!.trim();
}
