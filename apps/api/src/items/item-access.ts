import type { Database } from '@closeloop/db';
import { type ItemView, findItem } from '@closeloop/read-models';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Scope } from '../common/auth/principal';
import { inScope } from '../common/auth/scope';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { isItemId } from './item-id';

/** Reads items from the read model, as a given caller may see them. */
@Injectable()
export class ItemAccess {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  /** The item if the caller's scope covers its responsible or supervising unit; 404 otherwise. */
  async visible(id: string, scope: Scope): Promise<ItemView> {
    const item = isItemId(id) ? await findItem(this.db, id) : undefined;
    const visible = item && inScope(scope, item.responsibleUnitId, item.supervisingUnitId);
    if (!item || !visible) throw ProblemException.of('not-found', `no item ${id}`);
    return item;
  }

  /** Projections are inline, so a command's version is readable at once; anything else is a bug worth a 500. */
  async atLeast(itemId: string, version: number): Promise<ItemView> {
    const item = await findItem(this.db, itemId);
    if (!item || item.version < version) throw new Error(`read model of item ${itemId} is behind version ${version}`);
    return item;
  }
}
