export * from './calendar-year';
export * from './day-arithmetic';
export * from './office-hours';
export * from './working-calendar';
export * from './calendar-decider';
