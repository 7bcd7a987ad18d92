import type { PlanPolicy, Role } from '@closeloop/domain';
import { createHash } from 'node:crypto';

/** A stable UUID (v5 layout) for a synthetic name, so principals and their events agree on every run. */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`closeloop-bench:${name}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface SyntheticUnit {
  id: string;
  name: string;
  kind: 'department' | 'district' | 'discipline_body' | 'plan_owner';
  parentId?: string;
}

export interface SyntheticPrincipal {
  id: string;
  name: string;
  role: Role;
  unitIds: string[];
}

/** A city government (Hohhot, as in scripts/demo-plan.json) with its departments and districts. */
export const ownerUnitId = 'hhht';
export const units: SyntheticUnit[] = [
  { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
  { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-housing', name: '呼和浩特市住房和城乡建设局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-natres', name: '呼和浩特市自然资源局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-energy', name: '呼和浩特市能源局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-agri', name: '呼和浩特市农牧局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-forestry', name: '呼和浩特市林业和草原局', kind: 'department', parentId: 'hhht' },
  { id: 'hhht-xincheng', name: '新城区人民政府', kind: 'district', parentId: 'hhht' },
  { id: 'hhht-huimin', name: '回民区人民政府', kind: 'district', parentId: 'hhht' },
  { id: 'hhht-yuquan', name: '玉泉区人民政府', kind: 'district', parentId: 'hhht' },
  { id: 'hhht-saihan', name: '赛罕区人民政府', kind: 'district', parentId: 'hhht' },
  { id: 'hhht-tumed', name: '土默特左旗人民政府', kind: 'district', parentId: 'hhht' },
  { id: 'hhht-togtoh', name: '托克托县人民政府', kind: 'district', parentId: 'hhht' },
  { id: 'hhht-horinger', name: '和林格尔县人民政府', kind: 'district', parentId: 'hhht' },
  { id: 'hhht-qingshuihe', name: '清水河县人民政府', kind: 'district', parentId: 'hhht' },
  { id: 'hhht-wuchuan', name: '武川县人民政府', kind: 'district', parentId: 'hhht' },
  { id: 'hhht-discipline', name: '呼和浩特市纪委监委', kind: 'discipline_body', parentId: 'hhht' },
];

/** Units that carry items out (the responsible unit of an item). */
export const responsibleUnitIds = units.filter((u) => u.kind === 'department' || u.kind === 'district').map((u) => u.id);
/** Who verifies: the environment bureau for most items, the city government for the rest. */
export const supervisingUnitIds = ['hhht-eco', 'hhht'];

const principal = (name: string, role: Role, unitIds: string[]): SyntheticPrincipal => ({
  id: stableUuid(`principal:${name}`),
  name,
  role,
  unitIds,
});

/** One unit account per responsible unit, supervisors, the leaders and the discipline body: who hears of what. */
export const principals: SyntheticPrincipal[] = [
  principal('import', 'admin', []),
  ...responsibleUnitIds.map((id) => principal(`unit:${id}`, 'unit', [id])),
  ...responsibleUnitIds.map((id) => principal(`leader:${id}`, 'leader', [id])),
  ...supervisingUnitIds.map((id) => principal(`supervisor:${id}`, 'supervisor', [id])),
  principal('leader:hhht', 'leader', ['hhht']),
  principal('discipline', 'supervisor', ['hhht-discipline']),
];

export const principalFor = (role: Role, unitId: string): SyntheticPrincipal => {
  const found = principals.find((p) => p.role === role && p.unitIds.includes(unitId));
  if (!found) throw new Error(`no synthetic ${role} for ${unitId}`);
  return found;
};
export const importer = principals[0];

/** Two policy shapes plans really use: quarterly reports on working days, or monthly ones with public notice. */
export const planPolicies: PlanPolicy[] = [
  {
    dueSoonBefore: 'P10D',
    revisitAfter: ['P6M'],
    requiredEvidenceKinds: ['photo', 'document'],
    dayCount: 'working',
    reportEvery: 'P3M',
    remindBeforeDeadline: 'P5D',
    escalation: [
      { level: 'warning', overdueWorkingDays: 1 },
      { level: 'bulletin', overdueWorkingDays: 15 },
      { level: 'supervision', overdueWorkingDays: 30 },
    ],
    byKind: { immediate: { dueSoonBefore: 'P3D', reportEvery: 'P1M' } },
  },
  {
    dueSoonBefore: 'P15D',
    publicNoticePeriod: 'P5D',
    revisitAfter: ['P3M', 'P6M'],
    requiredEvidenceKinds: ['photo'],
    reportEvery: 'P1M',
    remindBeforeDeadline: 'P7D',
    escalation: [
      { level: 'warning', missedReports: 2 },
      { level: 'warning', overdueWorkingDays: 1 },
      { level: 'bulletin', overdueWorkingDays: 10 },
      { level: 'supervision', overdueWorkingDays: 20 },
      { level: 'summons', overdueWorkingDays: 40 },
    ],
    confirmFrom: 'summons',
  },
];

/** What inspectors write (from the Hohhot plan in scripts/demo-plan.json and its kind). */
export const itemTemplates = [
  {
    title: '细颗粒物(PM2.5)浓度达标',
    finding: '全市细颗粒物(PM2.5)浓度未达标，空气质量优良天数比例偏低',
    target: 'PM2.5浓度实现达标(35ug/m3)，空气质量优良天数比例达到83.8%',
  },
  { title: '黄河流域水质优良比例', finding: '黄河流域部分断面水质不达标', target: '黄河流域水质优良(达到或优于Ⅲ类)比例达到75.0%' },
  { title: '城市黑臭水体治理', finding: '城市建成区黑臭水体治理未完成国家规定目标', target: '城市建成区黑臭水体基本消除' },
  { title: '集中式饮用水水源保护', finding: '集中式饮用水水源保护区内存在违法建设项目', target: '集中式饮用水水源出水水质保持100%达标' },
  { title: '土壤污染防治', finding: '土壤污染防治工作推进缓慢', target: '土壤污染防治取得实效，土壤环境质量保持稳定' },
  {
    title: '大青山生态修复',
    finding: '大青山前坡生态修复进展缓慢，部分矿山迹地未治理',
    target: '完成前坡生态修复治理面积，矿山迹地全部复绿',
  },
  { title: '燃煤锅炉淘汰', finding: '城市建成区仍有35蒸吨以下燃煤锅炉未淘汰', target: '全面淘汰建成区35蒸吨以下燃煤锅炉' },
  { title: '污水处理厂提标改造', finding: '部分污水处理厂出水不能稳定达到一级A标准', target: '污水处理厂完成提标改造，出水稳定达标' },
  {
    title: '工业园区环境整治',
    finding: '工业园区污水集中处理设施不完善，部分企业超标排放',
    target: '园区污水集中处理设施建成并稳定运行，企业达标排放',
  },
  { title: '农村生活垃圾治理', finding: '部分农村地区生活垃圾乱堆乱放问题突出', target: '农村生活垃圾收运处置体系覆盖率达到90%' },
];
