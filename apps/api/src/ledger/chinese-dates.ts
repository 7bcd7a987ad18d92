import { isCalendarDate } from '@closeloop/domain';

export type DateParse = { date: string } | { error: string };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A date as plan offices write it: `2027-06-30` (or `2027/6/30`), `2027年6月30日`, `2027年6月底`, `2027年底`,
 * each optionally followed by `前` / `之前`. Only real dates pass (2027-02-30 does not).
 */
export function parseChineseDate(raw: string): DateParse {
  const text = raw.replace(/\s+/g, '').replace(/(之)?前$/, '');
  let year: number;
  let month: number;
  let day: number;
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/)) || (m = text.match(/^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$/))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = text.match(/^(\d{4})年(\d{1,2})月(?:底|末)$/))) {
    [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return { error: `${raw} is not a date: there is no month ${month}` };
    day = lastDayOf(year, month);
  } else if ((m = text.match(/^(\d{4})年(?:底|末)$/))) {
    [year, month, day] = [Number(m[1]), 12, 31];
  } else {
    return { error: `${raw} is not a date; write YYYY-MM-DD, YYYY年M月D日, YYYY年M月底, YYYY年底 or 长期坚持` };
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(date) ? { date } : { error: `${raw} is not a date (${date} does not exist)` };
}

export interface ParsedMilestone {
  id: string;
  title: string;
  due: string;
}

/**
 * Staged targets (阶段性目标), one per line (or separated by `；`): `2026年6月底前：完成排查`. Milestone ids are
 * m1, m2, … in the order written.
 */
export function parseMilestones(cell: string): { milestones: ParsedMilestone[]; errors: string[] } {
  const lines = cell
    .split(/\r?\n|；|;/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const milestones: ParsedMilestone[] = [];
  const errors: string[] = [];
  lines.forEach((line, i) => {
    const m = line.match(/^([^：:]+)[：:](.+)$/);
    if (!m) {
      errors.push(`line ${i + 1} "${line}" must read 日期：目标, e.g. 2026年6月底前：完成排查`);
      return;
    }
    const due = parseChineseDate(m[1]);
    const title = m[2].trim();
    if ('error' in due) errors.push(`line ${i + 1}: ${due.error}`);
    else if (title.length > 500) errors.push(`line ${i + 1}: the target is longer than 500 characters`);
    else milestones.push({ id: `m${i + 1}`, title, due: due.date });
  });
  return { milestones, errors };
}
