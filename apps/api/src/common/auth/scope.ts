import type { Scope } from './principal';

export function inScope(scope: Scope, ...unitIds: (string | null)[]): boolean {
  return scope === 'all' || unitIds.some((id) => id !== null && scope.has(id));
}
