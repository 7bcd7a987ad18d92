import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** One data row: its row number in the sheet (the header is row 1) and its cells by header. */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

export class UnreadableSheet extends Error {}

const isZip = (buffer: Buffer) => buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;

/** Reads an XLSX (first worksheet) or a CSV (UTF-8, with or without BOM, or GB18030 as Excel saves it). */
export async function readSheet(buffer: Buffer): Promise<Sheet> {
  return isZip(buffer) ? readXlsx(buffer) : readCsv(buffer);
}

function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

function readCsv(buffer: Buffer): Sheet {
  let records: string[][];
  try {
    records = parse(decodeText(buffer), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new UnreadableSheet(`the CSV cannot be read: ${(error as Error).message}`);
  }
  return toSheet(records);
}

async function readXlsx(buffer: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableSheet(`the XLSX cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableSheet('the XLSX has no worksheet');
  const records: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) values.push(cellText(row.getCell(c).value));
    records.push(values);
  }
  return toSheet(records);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

function toSheet(records: string[][]): Sheet {
  const [first, ...rest] = records;
  if (!first) throw new UnreadableSheet('the file is empty');
  const header = first.map((h) => h.trim());
  const rows: SheetRow[] = [];
  rest.forEach((values, i) => {
    if (values.every((v) => v.trim() === '')) return;
    const cells: Record<string, string> = {};
    header.forEach((h, c) => {
      if (h !== '') cells[h] = (values[c] ?? '').trim();
    });
    rows.push({ row: i + 2, cells });
  });
  return { header, rows };
}
