import { useCallback } from 'react';
import { useSignedIn } from '../../session/session';

/**
 * A unit's name where the app knows it (the person's own units, from the session); else its id. Other units'
 * names are not readable by every role (GET /v1/units is the admin's).
 */
export function useUnitName(): (id: string | null | undefined) => string {
  const { person } = useSignedIn();
  return useCallback((id) => (id ? (person.units.find((u) => u.id === id)?.name ?? id) : '—'), [person.units]);
}
