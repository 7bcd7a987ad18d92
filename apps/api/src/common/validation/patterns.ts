/** `YYYY-MM-DD` (whether the date exists is the decider's call). */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Plan, item and milestone codes. */
export const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Unit ids (`POST /v1/units`). */
export const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A UUID in any case (ids of principals, notifications, subscriptions, deliveries). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const year = '([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])';
const leapYear = '([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)';
const monthDay = '((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))';
/** A `YYYY-MM-DD` date that exists (29 February in leap years), years 0001–9999 as PostgreSQL takes them: for filters compared in SQL. */
export const CALENDAR_DATE = new RegExp(`^(${year}-${monthDay}|${leapYear}-02-29)$`);
