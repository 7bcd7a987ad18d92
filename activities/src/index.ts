export * from './item-activities';
export * from './report-activities';
