import type { Role } from '@closeloop/domain';

export interface Principal {
  id: string;
  name: string;
  role: Role;
  unitIds: string[];
}

/** The units a principal acts for, with all their sub-units; `all` for an admin. */
export type Scope = ReadonlySet<string> | 'all';

/** Who calls, resolved once per request by the guard: the principal and its scope. */
export interface Caller {
  principal: Principal;
  scope: Scope;
}
