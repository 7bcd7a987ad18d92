import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decide, defaultPolicy, initialState } from '@closeloop/domain';
import { type ItemFilingInput, fileItemCommand } from '../items/item-filing';
import { parseChineseDate, parseMilestones } from './chinese-dates';
import { type UnitDirectory, unitDirectory, validateRows } from './item-rows';
import { readSheet } from './spreadsheet-rows';

const fixtures = join(__dirname, '../../../../test/fixtures');
const anyUnit: UnitDirectory = { resolve: (name) => (name.includes('不存在') ? undefined : name) };
/** What the import's check does: the row's FileItem through the item decider, as an admin. */
const admin = { commandId: 'c-1', actorId: 'admin-1', role: 'admin' as const, scope: 'all' as const };
const decideFiling = (input: ItemFilingInput) =>
  void decide(fileItemCommand({ id: 'HHHT', policy: defaultPolicy }, input, admin), initialState(), new Date());

describe('dates as plan offices write them', () => {
  it.each([
    ['2027-06-30', '2027-06-30'],
    ['2027/6/3', '2027-06-03'],
    ['2027年6月30日', '2027-06-30'],
    ['2027年6月底', '2027-06-30'],
    ['2028年2月底前', '2028-02-29'],
    ['2027年底', '2027-12-31'],
    ['2027年底前', '2027-12-31'],
  ])('%s is %s', (text, date) => expect(parseChineseDate(text)).toEqual({ date }));

  it.each(['2027-02-30', '2027年13月底', '下个月', '长期坚持'])('%s is refused', (text) =>
    expect(parseChineseDate(text)).toHaveProperty('error'),
  );

  it('reads staged targets line by line', () => {
    expect(parseMilestones('2026年6月底前：完成排查\n2026-09-30: 完成整治')).toEqual({
      milestones: [
        { id: 'm1', title: '完成排查', due: '2026-06-30' },
        { id: 'm2', title: '完成整治', due: '2026-09-30' },
      ],
      errors: [],
    });
    expect(parseMilestones('完成排查').errors).toHaveLength(1);
  });
});

describe('rows of the fixtures', () => {
  it('the Hohhot plan is valid, with the long-term item and the extra units', async () => {
    const { valid, errors } = validateRows(await readSheet(readFileSync(join(fixtures, 'hohhot-plan.csv'))), anyUnit, decideFiling);
    expect(errors).toEqual([]);
    expect(valid).toHaveLength(8);
    expect(valid[0]!.input).toMatchObject({
      code: '1',
      kind: 'time_bound',
      deadline: '2027-12-31',
      title: '全市细颗粒物(PM2.5)浓度未达标',
    });
    expect(valid[0]!.input.milestones).toEqual([
      { id: 'm1', title: '完成禁燃区燃煤散烧治理', due: '2027-06-30' },
      { id: 'm2', title: '完成不达标工业炉窑淘汰', due: '2027-10-31' },
    ]);
    expect(valid[4]!.input).toMatchObject({ kind: 'long_term', deadline: null });
    expect(valid[6]!.input).toMatchObject({ kind: 'immediate', deadline: '2027-03-31' });
  });

  it('the Wuhai tasks: the first supervising department supervises, the others cooperate', async () => {
    const { valid, errors } = validateRows(await readSheet(readFileSync(join(fixtures, 'wuhai-tasks.xlsx'))), anyUnit, decideFiling);
    expect(errors).toEqual([]);
    expect(valid).toHaveLength(8);
    expect(valid[0]!.input).toMatchObject({
      responsibleUnitId: '乌海市海勃湾区人民政府',
      supervisingUnitId: '乌海市生态环境局',
      cooperatingUnitIds: ['乌海市乌达区人民政府', '乌海市海南区人民政府', '乌海市城市管理综合执法局', '乌海市农牧局'],
    });
    expect(valid[1]!.input.deadline).toBe('2027-12-31');
  });

  it('bad rows: every row reports its own errors', async () => {
    const { valid, errors } = validateRows(await readSheet(readFileSync(join(fixtures, 'bad-rows.csv'))), anyUnit, decideFiling);
    expect(valid.map((v) => v.row)).toEqual([6]);
    expect([...new Set(errors.map((e) => e.row))]).toEqual([2, 3, 4, 5, 7, 8, 9, 10]);
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 2, field: '问题', message: 'is required' },
        expect.objectContaining({ row: 3, field: '责任单位' }),
        expect.objectContaining({ row: 4, field: '整改时限' }),
        // refused by the item decider itself, as POST /v1/items would be
        { row: 5, field: '阶段性目标', message: 'milestone m1 falls after the deadline' },
        expect.objectContaining({ row: 7, field: '序号' }),
        { row: 8, field: '整改时限', message: 'a long-term item has no deadline' },
        expect.objectContaining({ row: 9, field: '督导单位' }),
        expect.objectContaining({ row: 10, field: '类型' }),
      ]),
    );
  });

  it('a sheet without the required columns', async () => {
    const { errors } = validateRows(await readSheet(Buffer.from('序号,问题\n1,x\n')), anyUnit, decideFiling);
    expect(errors.map((e) => e.field)).toEqual(['整改目标', '责任单位', '督导单位', '整改时限']);
  });
});

describe('unit names in a sheet', () => {
  const units = unitDirectory([
    { id: 'hhht-eco', name: '呼和浩特市生态环境局' },
    { id: 'xincheng-water', name: '水务局' },
    { id: 'saihan-water', name: '水务局' },
    { id: '水务局', name: '另一个单位' }, // an id equal to a shared name: the id wins
  ]);

  it.each([
    ['hhht-eco', 'hhht-eco'],
    ['呼和浩特市生态环境局', 'hhht-eco'],
    ['xincheng-water', 'xincheng-water'],
    ['不存在', undefined],
  ])('%s resolves to %s', (name, id) => expect(units.resolve(name)).toBe(id));

  it('a name two units share resolves to both candidates, never to one of them', () => {
    const shared = unitDirectory([
      { id: 'xincheng-water', name: '水务局' },
      { id: 'saihan-water', name: '水务局' },
    ]);
    expect(shared.resolve('水务局')).toEqual({
      ambiguous: [
        { id: 'saihan-water', name: '水务局' },
        { id: 'xincheng-water', name: '水务局' },
      ],
    });
    expect(units.resolve('水务局')).toBe('水务局');
  });

  it('a row naming a shared unit is an error naming the candidates', async () => {
    const shared = unitDirectory([
      { id: 'hhht-eco', name: '生态环境局' },
      { id: 'xincheng-water', name: '水务局' },
      { id: 'saihan-water', name: '水务局' },
    ]);
    const sheet = await readSheet(Buffer.from('序号,问题,整改目标,责任单位,督导单位,整改时限\n1,问题,目标,水务局,生态环境局,2027-06-30\n'));
    const { valid, errors } = validateRows(sheet, shared, decideFiling);
    expect(valid).toEqual([]);
    expect(errors).toEqual([
      {
        row: 2,
        field: '责任单位',
        message: 'unit 水务局 is ambiguous: 2 units have this name (saihan-water 水务局, xincheng-water 水务局); give the unit id',
      },
    ]);
  });
});
