/** Each year's changes are events on their own stream: `calendar-2026`. */
export const calendarStreamId = (year: number): string => `calendar-${year}`;
