import type { Schemas } from '@closeloop/api-client';
import { expect } from '@jest/globals';
import type { ApiClient } from './api';
import { endOfMonthAhead } from './test-dates';

/** Units of a small Hohhot plan (the demo's names): the plan owner, two departments and the supervising bureau. */
export const hohhotUnits = [
  { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
  { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-agri', name: '呼和浩特市农牧局', kind: 'department', parentId: 'hhht' },
] as const;

/** The dates of the plan's items: months ahead of today, so that they are on time whatever day the test runs. */
export const planDates = { milestone: endOfMonthAhead(3), deadline: endOfMonthAhead(6), extended: endOfMonthAhead(9) };

/** Files the units, a plan and its items as an admin; returns the items as filed. */
export async function fileDepartmentPlan(
  admin: ApiClient,
  planCode: string,
): Promise<Record<'river' | 'dust' | 'straw', Schemas['ItemView']>> {
  for (const unit of hohhotUnits) {
    const { response } = await admin.POST('/v1/units', { body: unit });
    expect([201, 409]).toContain(response.status);
  }
  const plan = {
    id: planCode,
    title: '呼和浩特市落实自治区生态环境保护督察反馈意见整改方案',
    sourceInspection: '自治区第一生态环境保护督察组',
    ownerUnitId: 'hhht',
  };
  expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
  const file = async (body: Omit<Schemas['CreateItemDto'], 'planCode'>) => {
    const { data, response } = await admin.POST('/v1/items', { body: { planCode, ...body } });
    expect(response.status).toBe(201);
    return data!;
  };
  return {
    river: await file({
      code: `${planCode}-01`,
      title: '黄河流域入河排污口整治不到位',
      finding: '部分入河排污口未完成排查整治，存在污水直排现象',
      target: '完成全部入河排污口排查和分类整治，整治完成率达到100%',
      measures: ['开展入河排污口全面排查', '分类实施封堵、规范化建设', '建立排污口监测台账'],
      kind: 'time_bound',
      indicator: { name: '整治完成率', unit: '%', target: 100, direction: 'at_least' },
      deadline: planDates.deadline,
      milestones: [{ id: 'm1', title: '完成排查建档', due: planDates.milestone }],
      responsibleUnitId: 'hhht-water',
      supervisingUnitId: 'hhht-eco',
      responsiblePerson: '王建国',
      leaderInCharge: '李副市长',
    }),
    dust: await file({
      code: `${planCode}-02`,
      title: '城区建筑工地扬尘管控不严',
      finding: '部分建筑工地未落实“六个百分之百”扬尘防治措施',
      target: '建筑工地扬尘防治措施落实率100%',
      measures: ['开展工地扬尘专项检查', '对违规工地依法处罚'],
      kind: 'time_bound',
      deadline: planDates.deadline,
      responsibleUnitId: 'hhht-water',
      supervisingUnitId: 'hhht-eco',
    }),
    straw: await file({
      code: `${planCode}-03`,
      title: '秸秆露天焚烧问题时有发生',
      finding: '秸秆综合利用率偏低，露天焚烧问题时有发生',
      target: '秸秆综合利用率达到85%以上',
      kind: 'time_bound',
      deadline: planDates.deadline,
      responsibleUnitId: 'hhht-agri',
      supervisingUnitId: 'hhht-eco',
    }),
  };
}
