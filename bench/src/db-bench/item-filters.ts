import type { Database } from '@closeloop/db';
import { type Kysely, sql } from 'kysely';

/**
 * What plan offices and units ask the item list for, over the values the data holds: a plan's items in progress,
 * its red or yellow ones, its overdue ones, those due before a date; a unit's open items and its warnings; every
 * item awaiting verification. Each filter shape rotates through several plans and units.
 */
export async function itemListPaths(db: Kysely<Database>, perShape = 8): Promise<string[]> {
  const plans = (await sql<{ plan_code: string }>`select distinct plan_code from items order by plan_code`.execute(db)).rows.map(
    (r) => r.plan_code,
  );
  const units = (
    await sql<{
      unit: string;
    }>`select distinct responsible_unit_id as unit from items where responsible_unit_id is not null order by 1`.execute(db)
  ).rows.map((r) => r.unit);
  const spread = <T>(values: T[]) =>
    Array.from(
      { length: Math.min(perShape, values.length) },
      (_, i) => values[Math.floor((i * values.length) / Math.min(perShape, values.length))],
    );
  const paths: string[] = [];
  for (const plan of spread(plans)) {
    paths.push(`/v1/items?plan=${plan}&status=in_progress`);
    paths.push(`/v1/items?plan=${plan}&light=red`);
    paths.push(`/v1/items?plan=${plan}&overdue=true`);
    paths.push(`/v1/items?plan=${plan}&light=yellow&dueBefore=2027-01-01`);
  }
  for (const unit of spread(units)) {
    paths.push(`/v1/items?unit=${unit}&status=in_progress`);
    paths.push(`/v1/items?unit=${unit}&light=yellow`);
  }
  paths.push('/v1/items?status=awaiting_verification');
  return paths;
}
