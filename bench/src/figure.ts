/** One measured figure of a benchmark, compared with a baseline measured in the same run on the same machine. */
export interface Figure {
  /** The benchmark's title, e.g. "1. Item creation over HTTP". */
  benchmark: string;
  /** What is measured, e.g. "sustained rate at 40 offered/s". */
  name: string;
  unit: string;
  ours: number;
  /** The same measurement on the baseline (absent when the figure has none, e.g. a count). */
  baseline?: { label: string; value: number };
  targets: Target[];
  note?: string;
}

/** A target from the issue: on our own value ("≥ 30 items/s") or on ours ÷ baseline ("≥ 0.7 of the baseline"). */
export interface Target {
  on: 'ours' | 'ratio';
  op: '>=' | '<=';
  value: number;
}

export function ratio(figure: Figure): number | undefined {
  if (!figure.baseline || figure.baseline.value === 0) return undefined;
  return figure.ours / figure.baseline.value;
}

export function targetMet(figure: Figure, target: Target): boolean | undefined {
  const actual = target.on === 'ours' ? figure.ours : ratio(figure);
  if (actual === undefined || !Number.isFinite(actual)) return undefined;
  return target.op === '>=' ? actual >= target.value : actual <= target.value;
}

/** Met when every target is; undefined when a figure has no target. */
export function figureMet(figure: Figure): boolean | undefined {
  if (figure.targets.length === 0) return undefined;
  return figure.targets.every((target) => targetMet(figure, target) === true);
}

export function describeTarget(target: Target, unit: string): string {
  const op = target.op === '>=' ? '≥' : '≤';
  return target.on === 'ours' ? `${op} ${target.value} ${unit}` : `ratio ${op} ${target.value}`;
}
