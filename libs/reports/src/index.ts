export * from './compute-bulletin';
export * from './compute-dispatch';
export * from './log-as-of';
export * from './periods';
export * from './reports.repository';
export * from './spreadsheet-cells';
export * from './xlsx';
