export * from './item-activities';
