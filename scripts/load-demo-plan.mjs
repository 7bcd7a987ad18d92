// Loads scripts/demo-plan.json through the REST API (so it goes the real way: workflows, event log, read models).
// Idempotent: units and items that already exist are left as they are.
import { readFileSync } from 'node:fs';

export async function loadDemoPlan(baseUrl, key, file = new URL('./demo-plan.json', import.meta.url)) {
  const plan = JSON.parse(readFileSync(file, 'utf8'));
  const post = async (path, body) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status >= 400 && res.status !== 409) throw new Error(`POST ${path} → ${res.status}: ${await res.text()}`);
    return res.status === 409 ? undefined : res.json();
  };
  let units = 0;
  let items = 0;
  for (const unit of plan.units) if (await post('/v1/units', unit)) units++;
  await post('/v1/plans', plan.plan);
  const ids = [];
  for (const item of plan.items) {
    const created = await post('/v1/items', item);
    if (created) {
      items++;
      ids.push(created.id);
    }
  }
  return { planId: plan.plan.id, units, items, ids, total: plan.items.length };
}
