import type { ItemKind } from './policy';

export interface Indicator {
  name: string;
  unit: string;
  target: number;
  /** Whether the value must reach at least or stay at most the target. */
  direction: 'at_least' | 'at_most';
}

export interface MilestonePlan {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  due: string;
}

export interface Evidence {
  kind: string;
  ref: string;
  name?: string;
}

export interface ItemDefinition {
  itemId: string;
  planCode: string;
  code: string;
  title: string;
  finding: string;
  target: string;
  measures: string[];
  kind: ItemKind;
  indicator?: Indicator;
  /** YYYY-MM-DD; null for a long-term item. */
  deadline: string | null;
  milestones: MilestonePlan[];
}

export interface Responsibility {
  responsibleUnitId: string;
  cooperatingUnitIds: string[];
  responsiblePerson?: string;
  supervisingUnitId: string;
  leaderInCharge?: string;
}
