import type { ColumnType, JSONColumnType } from 'kysely';

/**
 * The item read model: one row per item, projected from its stream. `view` is the item as the API shows it
 * (read-models' toItemView of the folded state), JSON text written with the row (`json`: parsed when selected as it
 * is, the text itself when cast to text); every read returns it. `state` is the decider's state the projection folds
 * on; the other columns copy what lists filter on, sort by or count (and the plan's item numbers, unique).
 */
export interface ItemsTable {
  id: string;
  plan_code: string;
  code: string;
  status: string;
  light: string;
  deadline: string | null;
  overdue: boolean;
  relapse_count: number;
  responsible_unit_id: string | null;
  supervising_unit_id: string | null;
  /** What waits for the supervising unit (extension, closure, revisit), and since when: the 待审核 queue. */
  awaiting: string | null;
  waiting_since: ColumnType<Date | null, string | null, string | null>;
  /** The escalation level reached, and a level proposed that waits for a leader's confirmation. */
  escalation_level: string | null;
  escalation_proposed: string | null;
  /** The code, title, finding and target, a line each: what the list's text search (`q`) reads. */
  search_text: ColumnType<string, string | undefined, string>;
  version: number;
  state: JSONColumnType<Record<string, unknown>>;
  view: JSONColumnType<Record<string, unknown>>;
  filed_at: ColumnType<Date, string, string>;
  updated_at: ColumnType<Date, string, string>;
}
