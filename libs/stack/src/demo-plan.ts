// Loads scripts/demo-plan.json through the REST API (so it goes the real way: workflows, event log, read models).
// Idempotent: units and items that already exist are left as they are.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root';

interface DemoPlanFile {
  units: object[];
  plan: { id: string };
  items: object[];
}

export interface LoadedDemoPlan {
  planId: string;
  units: number;
  items: number;
  ids: string[];
  total: number;
}

export async function loadDemoPlan(
  baseUrl: string,
  key: string,
  file = path.join(repoRoot, 'scripts/demo-plan.json'),
): Promise<LoadedDemoPlan> {
  const plan = JSON.parse(readFileSync(file, 'utf8')) as DemoPlanFile;
  const post = async (route: string, body: object): Promise<{ id: string } | undefined> => {
    const res = await fetch(`${baseUrl}${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status >= 400 && res.status !== 409) throw new Error(`POST ${route} → ${res.status}: ${await res.text()}`);
    return res.status === 409 ? undefined : ((await res.json()) as { id: string });
  };
  let units = 0;
  let items = 0;
  for (const unit of plan.units) if (await post('/v1/units', unit)) units++;
  await post('/v1/plans', plan.plan);
  const ids: string[] = [];
  for (const item of plan.items) {
    const created = await post('/v1/items', item);
    if (created) {
      items++;
      ids.push(created.id);
    }
  }
  return { planId: plan.plan.id, units, items, ids, total: plan.items.length };
}
