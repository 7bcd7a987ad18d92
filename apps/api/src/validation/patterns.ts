/** `YYYY-MM-DD` (whether the date exists is the decider's call). */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Plan, item and milestone codes. */
export const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Unit ids (`POST /v1/units`). */
export const UNIT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
