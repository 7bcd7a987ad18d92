import { CommandRefused, type ItemKind } from '@closeloop/domain';
import type { ItemFilingInput } from '../items/item-filing';
import { CODE } from '../common/validation/patterns';
import { parseChineseDate, parseMilestones } from './chinese-dates';
import type { Sheet, SheetRow } from './spreadsheet-rows';

export interface RowError {
  /** The row in the sheet (the header is row 1). */
  row: number;
  /** The column header, as in the sheet. */
  field: string;
  message: string;
}

/** The ledger layout plan offices use; the first name of each column is the one the ledger export writes. */
export const importColumns = {
  code: ['序号', '编号'],
  finding: ['问题', '督察反馈问题', '存在问题'],
  target: ['整改目标'],
  measures: ['整改措施'],
  responsible: ['责任单位', '牵头单位'],
  cooperating: ['配合单位'],
  person: ['责任人'],
  supervising: ['督导单位', '监管单位', '监管部门'],
  deadline: ['整改时限'],
  milestones: ['阶段性目标', '时间节点'],
  kind: ['类型'],
  title: ['标题', '事项名称'],
  leader: ['分管领导', '包联领导'],
} as const;

type Column = keyof typeof importColumns;
const requiredColumns: Column[] = ['code', 'finding', 'target', 'responsible', 'supervising', 'deadline'];

const kinds: Record<string, ItemKind> = {
  立行立改: 'immediate',
  限时整改: 'time_bound',
  长期坚持: 'long_term',
  immediate: 'immediate',
  time_bound: 'time_bound',
  long_term: 'long_term',
};

/** A name several units share: the row must give the unit id. */
export interface AmbiguousUnit {
  ambiguous: { id: string; name: string }[];
}

export interface UnitDirectory {
  /** The unit id for an id or an exact name; the candidates when several units have that name. */
  resolve(idOrName: string): string | AmbiguousUnit | undefined;
}

/** Units by id and by exact name; a name two units share resolves to both (never silently to one). */
export function unitDirectory(units: readonly { id: string; name: string }[]): UnitDirectory {
  const ids = new Set(units.map((u) => u.id));
  const byName = new Map<string, { id: string; name: string }[]>();
  for (const unit of units) byName.set(unit.name, [...(byName.get(unit.name) ?? []), { id: unit.id, name: unit.name }]);
  return {
    resolve: (idOrName) => {
      if (ids.has(idOrName)) return idOrName;
      const named = byName.get(idOrName);
      if (!named) return undefined;
      return named.length === 1 ? named[0].id : { ambiguous: [...named].sort((a, b) => a.id.localeCompare(b.id)) };
    },
  };
}

export interface ValidRow {
  row: number;
  input: ItemFilingInput;
}

/** The header names each column goes by in this sheet, and errors for required columns it lacks. */
export function mapHeader(header: string[]): { columns: Partial<Record<Column, string>>; errors: RowError[] } {
  const columns: Partial<Record<Column, string>> = {};
  for (const [column, names] of Object.entries(importColumns) as [Column, readonly string[]][]) {
    const found = names.find((n) => header.includes(n));
    if (found) columns[column] = found;
  }
  const errors = requiredColumns
    .filter((c) => !columns[c])
    .map((c) => ({ row: 1, field: importColumns[c][0], message: `the header has no column ${importColumns[c].join(' / ')}` }));
  return { columns, errors };
}

const splitUnits = (cell: string) =>
  cell
    .split(/[、,，;；\n]/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
const splitLines = (cell: string) =>
  cell
    .split(/\r?\n|；|;/)
    .map((u) => u.trim())
    .filter((u) => u !== '');

/** A title when the sheet has none: the finding up to its first clause break, at most 60 characters. */
export function titleFrom(finding: string): string {
  const clause = finding.split(/[，。；,;：:\n]/)[0]?.trim() ?? '';
  const base = clause.length >= 4 ? clause : finding;
  return base.length > 60 ? `${base.slice(0, 59)}…` : base;
}

/** Runs a parsed row through the item decider as its FileItem; throws the decider's CommandRefused. */
export type FilingCheck = (input: ItemFilingInput) => void;

/** The column a refusal of the filing rules concerns (others are put on the row's 序号). */
const columnOfRefusal: Record<string, Column> = {
  'long-term-has-no-deadline': 'deadline',
  'bad-deadline': 'deadline',
  'bad-milestone': 'milestones',
};

/**
 * Parses every row (formats, units, real dates, codes unique in the file), then checks what it would file with
 * the item decider itself (`decideFiling`: long-term items have no deadline, milestones fall on or before it,
 * milestone ids are unique, …), so a row is refused for the same reasons as `POST /v1/items`.
 */
export function validateRows(sheet: Sheet, units: UnitDirectory, decideFiling: FilingCheck): { valid: ValidRow[]; errors: RowError[] } {
  const { columns, errors } = mapHeader(sheet.header);
  if (errors.length > 0) return { valid: [], errors };
  const valid: ValidRow[] = [];
  const codes = new Map<string, number>();
  for (const sheetRow of sheet.rows) {
    const rowErrors: RowError[] = [];
    const input = validateRow(sheetRow, columns, units, (field, message) => rowErrors.push({ row: sheetRow.row, field, message }));
    if (input && rowErrors.length === 0) {
      try {
        decideFiling(input);
      } catch (error) {
        if (!(error instanceof CommandRefused)) throw error;
        const column = columnOfRefusal[error.code] ?? 'code';
        rowErrors.push({ row: sheetRow.row, field: columns[column] ?? importColumns[column][0], message: error.message });
      }
    }
    if (input && rowErrors.length === 0) {
      const first = codes.get(input.code);
      if (first !== undefined)
        rowErrors.push({ row: sheetRow.row, field: columns.code!, message: `序号 ${input.code} is also on row ${first}` });
      else codes.set(input.code, sheetRow.row);
    }
    if (input && rowErrors.length === 0) valid.push({ row: sheetRow.row, input });
    errors.push(...rowErrors);
  }
  return { valid, errors };
}

function validateRow(
  { cells }: SheetRow,
  columns: Partial<Record<Column, string>>,
  units: UnitDirectory,
  error: (field: string, message: string) => void,
): ItemFilingInput | undefined {
  const cell = (c: Column) => (columns[c] ? (cells[columns[c]] ?? '') : '');
  const field = (c: Column) => columns[c] ?? importColumns[c][0];
  const text = (c: Column, max: number, required: boolean): string | undefined => {
    const value = cell(c);
    if (required && value === '') error(field(c), 'is required');
    else if (value.length > max) error(field(c), `is longer than ${max} characters`);
    else return value;
    return undefined;
  };

  const code = cell('code');
  if (code === '') error(field('code'), 'is required');
  else if (!CODE.test(code)) error(field('code'), `${code} must be 1-64 letters, digits, dots, dashes or underscores`);
  const finding = text('finding', 5000, true);
  const target = text('target', 5000, true);
  const person = text('person', 200, false);
  const leader = text('leader', 200, false);
  const title = columns.title && cell('title') !== '' ? text('title', 500, true) : finding && titleFrom(finding);
  const measures = splitLines(cell('measures'));
  if (measures.length > 100) error(field('measures'), 'has more than 100 measures');

  const resolveAll = (c: Column): string[] | undefined => {
    const names = splitUnits(cell(c));
    const ids: string[] = [];
    for (const name of names) {
      const id = units.resolve(name);
      if (typeof id === 'string') ids.push(id);
      else if (id) {
        const candidates = id.ambiguous.map((u) => `${u.id} ${u.name}`).join(', ');
        error(field(c), `unit ${name} is ambiguous: ${id.ambiguous.length} units have this name (${candidates}); give the unit id`);
      } else error(field(c), `unit ${name} does not exist (give a unit id or its exact name)`);
    }
    return ids.length === names.length ? ids : undefined;
  };
  const responsible = resolveAll('responsible');
  const supervising = resolveAll('supervising');
  const cooperating = resolveAll('cooperating');
  if (responsible?.length === 0) error(field('responsible'), 'is required');
  if (supervising?.length === 0) error(field('supervising'), 'is required');

  // Kind and deadline: 长期坚持 in either column makes a long-term item, which has no deadline.
  const kindCell = cell('kind');
  let kind: ItemKind | undefined = kindCell === '' ? undefined : kinds[kindCell];
  if (kindCell !== '' && !kind) error(field('kind'), `${kindCell} is not one of 立行立改, 限时整改, 长期坚持`);
  const deadlineCell = cell('deadline');
  let deadline: string | null = null;
  if (deadlineCell === '长期坚持') {
    if (kind && kind !== 'long_term') error(field('deadline'), `a ${kindCell} item needs a date, not 长期坚持`);
    kind ??= 'long_term';
  } else if (deadlineCell === '') {
    if (kind !== 'long_term') error(field('deadline'), 'is required (a date, or 长期坚持)');
  } else {
    const parsed = parseChineseDate(deadlineCell);
    if ('error' in parsed) error(field('deadline'), parsed.error);
    else deadline = parsed.date;
  }
  kind ??= 'time_bound';

  const { milestones, errors: milestoneErrors } = parseMilestones(cell('milestones'));
  for (const message of milestoneErrors) error(field('milestones'), message);
  if (milestones.length > 50) error(field('milestones'), 'has more than 50 milestones');

  if (!code || !CODE.test(code) || !finding || !target || !title || !responsible?.length || !supervising?.length || !cooperating)
    return undefined;
  // The first supervising department supervises; the others, like the responsible unit's partners, cooperate.
  const [responsibleUnitId, ...moreResponsible] = responsible;
  const [supervisingUnitId, ...moreSupervising] = supervising;
  const cooperatingUnitIds = [...new Set([...moreResponsible, ...cooperating, ...moreSupervising])].filter(
    (id) => id !== responsibleUnitId && id !== supervisingUnitId,
  );
  return {
    code,
    title,
    finding,
    target,
    measures,
    kind,
    deadline,
    milestones,
    responsibleUnitId: responsibleUnitId!,
    cooperatingUnitIds,
    ...(person ? { responsiblePerson: person } : {}),
    supervisingUnitId: supervisingUnitId!,
    ...(leader ? { leaderInCharge: leader } : {}),
  };
}
