import type { Role } from '@closeloop/domain';

export interface Principal {
  id: string;
  name: string;
  role: Role;
  unitIds: string[];
}
