import type { CloseloopProcesses } from '../stack/closeloop-processes';
import { benchClient, expect2xx } from '../http-load/api';
import type { FilingTemplate } from './item-filing';
import type { ReminderPlan } from './reminder-plan';

const ORG = { owner: 'bench-owner', responsible: 'bench-responsible', supervisor: 'bench-supervisor' } as const;

/**
 * Over the real API: a plan owner with a responsible and a supervising unit, and a unit principal of the responsible
 * unit (so each reminder also lands in an inbox: a notifications row written in the append's transaction).
 */
export async function setUpOrganisation(closeloop: CloseloopProcesses): Promise<void> {
  const api = benchClient(closeloop.baseUrl, closeloop.adminKey);
  expect2xx(await api.POST('/v1/units', { body: { id: ORG.owner, name: '基准测试市人民政府', kind: 'plan_owner' } }), 'POST /v1/units');
  expect2xx(
    await api.POST('/v1/units', { body: { id: ORG.responsible, name: '基准测试责任单位', kind: 'department', parentId: ORG.owner } }),
    'POST /v1/units',
  );
  expect2xx(
    await api.POST('/v1/units', { body: { id: ORG.supervisor, name: '基准测试督导单位', kind: 'department', parentId: ORG.owner } }),
    'POST /v1/units',
  );
  expect2xx(
    await api.POST('/v1/principals', { body: { name: '基准测试联络员', role: 'unit', unitIds: [ORG.responsible] } }),
    'POST /v1/principals',
  );
}

/** Issues a plan with the reminder policy over the real API; returns what its items are filed with. */
export async function issueReminderPlan(
  closeloop: CloseloopProcesses,
  code: string,
  plan: ReminderPlan,
  adminId: string,
): Promise<FilingTemplate> {
  const api = benchClient(closeloop.baseUrl, closeloop.adminKey);
  const body = { id: code, title: '定时提醒基准', sourceInspection: '基准测试', ownerUnitId: ORG.owner, policy: plan.policy };
  expect2xx(await api.POST('/v1/plans', { body }), 'POST /v1/plans');
  return {
    planCode: code,
    deadline: plan.deadline,
    responsibleUnitId: ORG.responsible,
    supervisingUnitId: ORG.supervisor,
    actorId: adminId,
  };
}
