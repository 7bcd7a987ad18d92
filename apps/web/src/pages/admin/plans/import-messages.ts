/**
 * The import check's row messages (the API's English) in the plan office's words. Each known message has its
 * pattern; a message none matches (a rule added later) is shown as the API wrote it rather than not at all.
 */
const messages: [RegExp, (...parts: string[]) => string][] = [
  [/^is required$/, () => '必填，不能为空'],
  [/^is required \(a date, or 长期坚持\)$/, () => '必填：填写整改时限，长期坚持类填“长期坚持”'],
  [/^is longer than (\d+) characters$/, (n) => `超过 ${n} 个字`],
  [
    /^(.+) must be 1-64 letters, digits, dots, dashes or underscores$/,
    (code) => `“${code}”不能作为序号：只能由 1–64 位字母、数字、点、连字符或下划线组成`,
  ],
  [/^has more than (\d+) measures$/, (n) => `整改措施超过 ${n} 条`],
  [/^has more than (\d+) milestones$/, (n) => `阶段性目标超过 ${n} 个`],
  [
    /^unit (.+) is ambiguous: (\d+) units have this name \((.*)\); give the unit id$/,
    (name, n, candidates) => `“${name}”有 ${n} 个同名单位（${candidates}），请填写单位编号`,
  ],
  [/^unit (.+) does not exist \(give a unit id or its exact name\)$/, (name) => `单位“${name}”不存在，请填写单位编号或准确的单位全称`],
  [/^序号 (.+) is also on row (\d+)$/, (code, row) => `序号 ${code} 与第 ${row} 行重复`],
  [/^(.+) is not one of 立行立改, 限时整改, 长期坚持$/, (kind) => `“${kind}”不是有效的类型，应为立行立改、限时整改或长期坚持`],
  [/^a (.+) item needs a date, not 长期坚持$/, (kind) => `${kind}任务须填写具体的整改时限，不能填“长期坚持”`],
  [/^(.+) is not a date: there is no month (\d+)$/, (raw, month) => `“${raw}”不是有效日期：没有 ${month} 月`],
  [
    /^(.+) is not a date; write .+$/,
    (raw) => `“${raw}”不是可识别的日期，请写成 2027-06-30、2027年6月30日、2027年6月底、2027年底或“长期坚持”`,
  ],
  [/^(.+) is not a date \((.+) does not exist\)$/, (raw, date) => `“${raw}”不是有效日期（${date} 不存在）`],
  [/^the header has no column (.+)$/, (names) => `表头缺少“${names.split(' / ').join('”或“')}”列`],
  [
    /^item (.+) is already filed in plan (.+) with other content; change it through its own commands$/,
    (code) => `序号 ${code} 已导入且内容不同：请在该任务中办理变更，不能重复导入`,
  ],
  [/^deadline (.+) is not a date$/, (raw) => `“${raw}”不是有效日期`],
  [/^a long-term item has no deadline$/, () => '长期坚持类任务不设整改时限：请清空整改时限，或改为限时整改'],
  [/^milestone m(\d+) falls after the deadline$/, (n) => `第 ${n} 个阶段性目标晚于整改时限`],
  [/^milestone m(\d+) is due on (.+), which is not a date$/, (n, raw) => `第 ${n} 个阶段性目标的日期“${raw}”无效`],
  [/^milestone ids must be unique$/, () => '阶段性目标重复'],
  [/^the target is longer than (\d+) characters$/, (n) => `目标超过 ${n} 个字`],
  [/^line (\d+) "(.+)" must read 日期：目标, e.g. .+$/, (n, line) => `第 ${n} 条“${line}”应写成“日期：目标”，如“2026年6月底前：完成排查”`],
  // A milestone's line: its own message after the line number.
  [/^line (\d+): (.+)$/, (n, rest) => `第 ${n} 条：${importMessage(rest)}`],
];

export function importMessage(message: string): string {
  for (const [pattern, text] of messages) {
    const found = pattern.exec(message);
    if (found) return text(...found.slice(1));
  }
  return message;
}
