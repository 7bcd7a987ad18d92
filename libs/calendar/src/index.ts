export * from './calendar-stream';
export * from './calendar.repository';
export * from './seed';
export * from './calendar-days-projection';
export * from './calendar-year-range';
