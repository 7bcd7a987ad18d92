import type { Schemas } from '@closeloop/api-client';

type Unit = Schemas['CreateUnitDto'];

/** The organisation the tests file items in: Hohhot (呼和浩特市) with some of its bureaus and districts, and Baotou. Parents first. */
const units: Record<string, Unit> = {
  hhht: { id: 'hhht', name: '呼和浩特市人民政府', kind: 'plan_owner' },
  'hhht-eco': { id: 'hhht-eco', name: '呼和浩特市生态环境局', kind: 'department', parentId: 'hhht' },
  'hhht-water': { id: 'hhht-water', name: '呼和浩特市水务局', kind: 'department', parentId: 'hhht' },
  'hhht-agri': { id: 'hhht-agri', name: '呼和浩特市农牧局', kind: 'department', parentId: 'hhht' },
  'hhht-forest': { id: 'hhht-forest', name: '呼和浩特市林业和草原局', kind: 'department', parentId: 'hhht' },
  'hhht-housing': { id: 'hhht-housing', name: '呼和浩特市住房和城乡建设局', kind: 'department', parentId: 'hhht' },
  'hhht-energy': { id: 'hhht-energy', name: '呼和浩特市能源局', kind: 'department', parentId: 'hhht' },
  'hhht-land': { id: 'hhht-land', name: '呼和浩特市自然资源局', kind: 'department', parentId: 'hhht' },
  'hhht-discipline': { id: 'hhht-discipline', name: '呼和浩特市纪委监委', kind: 'discipline_body', parentId: 'hhht' },
  xincheng: { id: 'xincheng', name: '新城区人民政府', kind: 'district', parentId: 'hhht' },
  'xincheng-water': { id: 'xincheng-water', name: '新城区水务局', kind: 'department', parentId: 'xincheng' },
  'xincheng-eco': { id: 'xincheng-eco', name: '新城区生态环境分局', kind: 'department', parentId: 'xincheng' },
  saihan: { id: 'saihan', name: '赛罕区人民政府', kind: 'district', parentId: 'hhht' },
  'saihan-water': { id: 'saihan-water', name: '赛罕区水务局', kind: 'department', parentId: 'saihan' },
  'saihan-forest': { id: 'saihan-forest', name: '赛罕区林草局', kind: 'department', parentId: 'saihan' },
  wuchuan: { id: 'wuchuan', name: '武川县人民政府', kind: 'district', parentId: 'hhht' },
  'wuchuan-water': { id: 'wuchuan-water', name: '武川县水务局', kind: 'department', parentId: 'wuchuan' },
  baotou: { id: 'baotou', name: '包头市人民政府', kind: 'plan_owner' },
};

/** These units, by id, in the order given (parents before their children). */
export function hohhotUnits(...ids: (keyof typeof units & string)[]): Unit[] {
  return ids.map((id) => {
    const unit = units[id];
    if (!unit) throw new Error(`no unit ${id} in test/support/hohhot-units`);
    return unit;
  });
}

/** The units the Hohhot plan fixture (test/fixtures/hohhot-plan.csv) names: the city and its bureaus. */
export const hohhotFixtureUnits = (): Unit[] =>
  hohhotUnits('hhht', 'hhht-eco', 'hhht-water', 'hhht-housing', 'hhht-energy', 'hhht-agri', 'hhht-land', 'hhht-forest');
