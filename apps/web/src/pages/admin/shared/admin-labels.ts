import type { Unit } from '../admin-api';

/** The words 方案管理 shows for the API's values (shared/domain.md's glossary). */

export const unitKindLabel: Record<Unit['kind'], string> = {
  plan_owner: '方案责任主体',
  district: '区县（旗）',
  department: '职能部门',
  discipline_body: '纪检监察机关',
};

const durationUnits: [RegExp, string][] = [
  [/(\d+)Y/, '年'],
  [/(\d+)M/, '个月'],
  [/(\d+)W/, '周'],
  [/(\d+)D/, '天'],
];
const timeUnits: [RegExp, string][] = [
  [/(\d+)H/, '小时'],
  [/(\d+)M/, '分钟'],
  [/(\d+)S/, '秒'],
];

/** An ISO 8601 duration in words: P7D → 7 天, P3M → 3 个月, P1DT12H → 1 天 12 小时; undefined → —. */
export function durationText(duration: string | undefined): string {
  if (!duration) return '—';
  const [date = '', time = ''] = duration.replace(/^P/, '').split('T');
  const parts: string[] = [];
  for (const [pattern, unit] of durationUnits) {
    const found = pattern.exec(date);
    if (found) parts.push(`${found[1]} ${unit}`);
  }
  for (const [pattern, unit] of timeUnits) {
    const found = pattern.exec(time);
    if (found) parts.push(`${found[1]} ${unit}`);
  }
  return parts.length > 0 ? parts.join(' ') : duration;
}

/** A report cadence in the offices' words: P7D → 每周（周调度）, P1M → 每月, P14D → 每 14 天. */
export function cadenceText(cadence: string | undefined): string {
  if (!cadence) return '不要求定期报送';
  const named: Record<string, string> = {
    P1D: '每天',
    P7D: '每周（周调度）',
    P1W: '每周（周调度）',
    P1M: '每月（月通报）',
    P3M: '每季度',
    P6M: '每半年（半年交账）',
    P1Y: '每年',
  };
  return named[cadence] ?? `每 ${durationText(cadence)}`;
}

export const evidenceKindLabel: Record<string, string> = { photo: '现场照片', document: '文件资料', monitoring: '监测数据', video: '视频' };
