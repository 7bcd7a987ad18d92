import type { Database } from '@closeloop/db';
import type { Kysely } from 'kysely';
import type { Channel } from './channels/sender';

export interface ChannelPreference {
  channel: Channel;
  address: string;
  enabled: boolean;
  /** Secrets are write-only: they are never read back, only whether one is set. */
  hasSecret: boolean;
}

export interface ChannelPreferenceInput {
  channel: Channel;
  address: string;
  /** A string sets it, null clears it, undefined keeps the one this channel already has. */
  secret?: string | null;
  enabled?: boolean;
}

export async function listChannels(db: Kysely<Database>, principalId: string): Promise<ChannelPreference[]> {
  const rows = await db
    .selectFrom('principal_channels')
    .select(['channel', 'address', 'enabled', 'secret'])
    .where('principal_id', '=', principalId)
    .orderBy('channel')
    .execute();
  return rows.map((r) => ({ channel: r.channel, address: r.address, enabled: r.enabled, hasSecret: r.secret !== null }));
}

/**
 * Replaces the principal's whole set of channels in one transaction (one per channel kind). Deliveries
 * already in the outbox keep the address they were written with.
 */
export async function replaceChannels(
  db: Kysely<Database>,
  principalId: string,
  input: readonly ChannelPreferenceInput[],
): Promise<ChannelPreference[]> {
  await db.transaction().execute(async (trx) => {
    // Serialises concurrent replacements of one principal's set (even when it has no rows yet).
    await trx.selectFrom('principals').select('id').where('id', '=', principalId).forUpdate().execute();
    const existing = await trx
      .selectFrom('principal_channels')
      .select(['channel', 'secret'])
      .where('principal_id', '=', principalId)
      .execute();
    const secrets = new Map(existing.map((r) => [r.channel, r.secret]));
    await trx.deleteFrom('principal_channels').where('principal_id', '=', principalId).execute();
    if (input.length === 0) return;
    await trx
      .insertInto('principal_channels')
      .values(
        input.map((c) => ({
          principal_id: principalId,
          channel: c.channel,
          address: c.address,
          secret: c.secret === undefined ? (secrets.get(c.channel) ?? null) : c.secret,
          enabled: c.enabled ?? true,
        })),
      )
      .execute();
  });
  return listChannels(db, principalId);
}
