import { type ApiClient, expect2xx } from './api';
import type { Schemas } from '@closeloop/api-client';

const units = [
  { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
  { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parentId: 'hhht' },
] as const;

/**
 * Units and a plan to file items into, made over the API as the bootstrap admin. The policy has no report cadence
 * and the deadlines are far off, so no item's timer fires while this or a later benchmark runs.
 */
export async function createPlan(api: ApiClient, planCode: string): Promise<void> {
  for (const unit of units) {
    const answer = await api.POST('/v1/units', { body: unit });
    if (answer.response.status !== 409) expect2xx(answer, `POST /v1/units ${unit.id}`);
  }
  expect2xx(
    await api.POST('/v1/plans', {
      body: {
        id: planCode,
        title: '黄河流域生态环境保护整改方案（基准测试）',
        sourceInspection: '自治区第一生态环境保护督察组',
        ownerUnitId: 'hhht',
        policy: { dueSoonBefore: 'P7D', revisitAfter: ['P3M'], requiredEvidenceKinds: ['photo'] },
      },
    }),
    `POST /v1/plans ${planCode}`,
  );
}

/** The body of `POST /v1/items` for one item of the plan, as an integrator files it. */
export function itemBody(planCode: string, code: string): Schemas['CreateItemDto'] {
  return {
    planCode,
    code,
    title: '黄河流域入河排污口整治',
    finding: '部分入河排污口未完成排查整治，存在污水直排现象',
    target: '入河排污口整治完成率100%',
    measures: ['排查', '封堵', '规范化建设'],
    kind: 'time_bound',
    indicator: { name: '整治完成率', unit: '%', target: 100, direction: 'at_least' },
    deadline: '2027-12-31',
    milestones: [{ id: 'm1', title: '完成排查', due: '2027-06-30' }],
    responsibleUnitId: 'hhht-water',
    supervisingUnitId: 'hhht-eco',
    responsiblePerson: '王五',
    leaderInCharge: '赵六',
  };
}
