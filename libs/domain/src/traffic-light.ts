import type { FiledItem } from './state';

export type TrafficLight = 'green' | 'yellow' | 'red';

/** 红黄绿灯 from the recorded facts: red when overdue, yellow when due soon or a milestone was missed. */
export function trafficLight(item: FiledItem): TrafficLight {
  if (item.status === 'closed' || item.status === 'consolidated') return 'green';
  if (item.overdue) return 'red';
  if (item.dueSoon || item.milestones.some((m) => m.missed && !m.reached)) return 'yellow';
  return 'green';
}
