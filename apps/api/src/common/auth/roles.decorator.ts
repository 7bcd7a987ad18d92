import type { Role } from '@closeloop/domain';
import { SetMetadata } from '@nestjs/common';

export const ROLES = 'closeloop:roles';
/** Only these roles may call the operation (403 otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);
