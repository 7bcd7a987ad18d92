import type { CloseloopProcesses } from '../stack/closeloop-processes';
import { adminApi } from './admin-api';
import type { FilingTemplate } from './item-filing';
import type { ReminderPlan } from './reminder-plan';

const ORG = { owner: 'bench-owner', responsible: 'bench-responsible', supervisor: 'bench-supervisor' } as const;

/**
 * Over the real API: a plan owner with a responsible and a supervising unit, and a unit principal of the responsible
 * unit (so each reminder also lands in an inbox: a notifications row written in the append's transaction).
 */
export async function setUpOrganisation(closeloop: CloseloopProcesses): Promise<void> {
  const api = adminApi(closeloop.baseUrl, closeloop.adminKey);
  await api.post('/v1/units', { id: ORG.owner, name: '基准测试市人民政府', kind: 'plan_owner' });
  await api.post('/v1/units', { id: ORG.responsible, name: '基准测试责任单位', kind: 'department', parentId: ORG.owner });
  await api.post('/v1/units', { id: ORG.supervisor, name: '基准测试督导单位', kind: 'department', parentId: ORG.owner });
  await api.post('/v1/principals', { name: '基准测试联络员', role: 'unit', unitIds: [ORG.responsible] });
}

/** Issues a plan with the reminder policy over the real API; returns what its items are filed with. */
export async function issueReminderPlan(closeloop: CloseloopProcesses, code: string, plan: ReminderPlan, adminId: string): Promise<FilingTemplate> {
  const api = adminApi(closeloop.baseUrl, closeloop.adminKey);
  await api.post('/v1/plans', { id: code, title: '定时提醒基准', sourceInspection: '基准测试', ownerUnitId: ORG.owner, policy: plan.policy });
  return { planCode: code, deadline: plan.deadline, responsibleUnitId: ORG.responsible, supervisingUnitId: ORG.supervisor, actorId: adminId };
}
