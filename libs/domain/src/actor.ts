export const roles = ['unit', 'supervisor', 'leader', 'admin', 'integrator'] as const;
export type Role = (typeof roles)[number];

/** Time-driven facts are recorded by the system itself. */
export const SYSTEM_ACTOR = 'system';

/** Who issues a command and why; all but `scope` is recorded on every event it produces. */
export interface CommandMetadata {
  commandId: string;
  actorId: string;
  /** The principal's name (a person's, or a key's label), as it was when they acted. Absent for the system. */
  actorName?: string;
  role: Role | typeof SYSTEM_ACTOR;
  /** The principal's own units (not the widened scope): the units it acted for. Absent for the system. */
  actorUnitIds?: readonly string[];
  /** The caller's units with all their sub-units ('all' for an admin); decides what it may act on. */
  scope: readonly string[] | 'all';
  requestId?: string;
  reason?: string;
}

export type EventMetadata = Omit<CommandMetadata, 'scope'>;

export const eventMetadataOf = ({ scope: _scope, ...metadata }: CommandMetadata): EventMetadata => metadata;
