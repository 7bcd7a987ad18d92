import type { Database } from '@closeloop/db';
import type { EventStore } from '@closeloop/event-store';
import type { Kysely } from 'kysely';
import { randomBytes, randomUUID } from 'node:crypto';
import { type SyntheticPrincipal, principals, stableUuid, units } from '../synthetic/organisation';
import { PlanTimeline } from '../synthetic/plan-timeline';
import type { PlanSpec } from '../synthetic/specs';

const integrator: SyntheticPrincipal = {
  id: stableUuid('principal:integrator'),
  name: 'integrator',
  role: 'integrator',
  unitIds: ['hhht'],
};

/**
 * The organisation the outbox projections resolve recipients in, as an admin would have set it up: units, a
 * principal for each unit, its leader and the supervisors (unit accounts with an e-mail channel), and an integrator's
 * webhook subscription to the facts a city dashboard follows. Then the plans, issued through the event store.
 */
export async function setUpOrganisation(db: Kysely<Database>, store: EventStore, plans: readonly PlanSpec[]): Promise<void> {
  for (const unit of units)
    await db
      .insertInto('units')
      .values({ id: unit.id, name: unit.name, kind: unit.kind, parent_id: unit.parentId ?? null })
      .execute();
  await db
    .insertInto('principals')
    .values(
      [...principals, integrator].map((p) => ({
        id: p.id,
        name: p.name,
        role: p.role,
        unit_ids: p.unitIds,
        key_hash: randomBytes(32).toString('hex'),
      })),
    )
    .execute();
  await db
    .insertInto('principal_channels')
    .values(
      principals
        .filter((p) => p.role === 'unit')
        .map((p) => ({ principal_id: p.id, channel: 'email', address: `${p.unitIds[0]}@example.gov.cn` })),
    )
    .execute();
  await db
    .insertInto('webhook_subscriptions')
    .values({
      id: randomUUID(),
      principal_id: integrator.id,
      url: 'https://dashboard.example.gov.cn/closeloop',
      event_types: ['ItemOverdue', 'EscalationRaised', 'ItemClosed'],
      secret: randomBytes(32).toString('hex'),
    })
    .execute();
  for (const plan of plans)
    for (const append of new PlanTimeline(plan).step()) await store.append(append.streamId, append.expectedVersion, append.events);
}
