/**
 * Formula injection (CSV/spreadsheet injection, CWE-1236, OWASP API10): text that users wrote (findings,
 * targets, unit names …) is exported to CSV and XLSX that leaders open in Excel or WPS. A cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula (`=HYPERLINK(…)` leaking data,
 * `=cmd|…` DDE). As OWASP recommends, such a string gets a single quote in front, so it shows as text.
 *
 * Every exporter passes every cell through `neutraliseCell`. Numbers stay numbers (a -5 is still a number);
 * only strings change. In XLSX the string is also written as a plain string cell (exceljs writes a JS string
 * as a string, never a formula: formulas need `{ formula }`), so the quote is a second line of defence for
 * whoever edits the cell or saves the sheet as CSV.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CellValue = string | number | boolean | null | undefined;

export function neutraliseCell<T extends CellValue>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A row's cells, each neutralised. */
export function neutraliseRow<T extends CellValue>(cells: readonly T[]): (T | string)[] {
  return cells.map(neutraliseCell);
}
