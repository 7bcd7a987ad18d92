export * from './item-activities';
export * from './report-activities';
export * from './calendar-replan-activities';
