export const roles = ['unit', 'supervisor', 'leader', 'admin', 'integrator'] as const;
export type Role = (typeof roles)[number];

/** Who issues a command: the authenticated principal, its role, and why (for the audit trail). */
export interface CommandMetadata {
  commandId: string;
  actorId: string;
  role: Role;
  requestId?: string;
  reason?: string;
}
