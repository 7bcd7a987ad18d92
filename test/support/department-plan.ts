import type { Schemas } from '@closeloop/api-client';
import { expect } from '@jest/globals';
import { type ApiClient, createUnits } from './api';
import { hohhotUnits } from './hohhot-units';
import { endOfMonthAhead } from './test-dates';

/** The dates of the plan's items: months ahead of today, so that they are on time whatever day the test runs. */
export const planDates = { milestone: endOfMonthAhead(3), deadline: endOfMonthAhead(6), extended: endOfMonthAhead(9) };

/** The units and a plan (monthly progress reports), as an admin. */
export async function issueDepartmentPlan(admin: ApiClient, planCode: string): Promise<void> {
  // The plan owner, two departments and the supervising bureau.
  await createUnits(admin, hohhotUnits('hhht', 'hhht-eco', 'hhht-water', 'hhht-agri'));
  const plan = {
    id: planCode,
    title: '呼和浩特市落实自治区生态环境保护督察反馈意见整改方案',
    sourceInspection: '自治区第一生态环境保护督察组',
    ownerUnitId: 'hhht',
    policy: { dueSoonBefore: 'P7D', reportEvery: 'P1M', revisitAfter: ['P3M'], requiredEvidenceKinds: ['photo'] },
  };
  expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
}

/** The plan's items as an admin: two for 水务局 (hhht-water), one for 农牧局 (hhht-agri); returns them as filed. */
export async function fileDepartmentItems(
  admin: ApiClient,
  planCode: string,
): Promise<Record<'river' | 'dust' | 'straw', Schemas['ItemView']>> {
  const file = async (body: Omit<Schemas['CreateItemDto'], 'planCode'>) => {
    const { data, response } = await admin.POST('/v1/items', { body: { planCode, ...body } });
    expect(response.status).toBe(201);
    return data!;
  };
  return {
    river: await file({
      code: '1',
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
      code: '2',
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
      code: '3',
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
