import type { ResultTable } from '../benchmark';
import { type Figure, describeTarget, figureMet, ratio, targetMet } from '../figure';
import type { StoredResult } from './stored-results';

/** bench/RESULTS.md: the machine, then one row per figure: ours, baseline, ratio, target, met. */
export function resultsMarkdown(results: StoredResult[], chartFile: string): string {
  const figures = results.flatMap((result) => result.figures);
  const withTargets = figures.flatMap((figure) => figure.targets.map((target) => targetMet(figure, target)));
  const met = withTargets.filter((m) => m === true).length;
  const machine = results.at(-1)?.machine;
  const lines = [
    '# Benchmark results',
    '',
    'Written by `make bench` (bench/src). Every figure is measured against a baseline in the same run on the same machine;',
    'the ratio is ours ÷ baseline. Absolute times on this machine are noisy: read the ratios.',
    '',
    machine
      ? `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}` +
        `${machine.postgres ? `; ${machine.postgres}` : ''}${machine.temporalCli ? `; ${machine.temporalCli} (dev server, SQLite)` : ''}.`
      : '',
    `Runs: ${results.map((r) => `${r.id} ${r.finishedAt.slice(0, 16).replace('T', ' ')} UTC (${Math.round(r.durationSeconds)} s)`).join('; ')}.`,
    '',
    `**Targets met: ${met} of ${withTargets.length}.**`,
    '',
    `![ours against baseline and target](${chartFile})`,
    '',
    '| Benchmark | Figure | Ours | Baseline | Ratio | Target | Met |',
    '|---|---|---:|---:|---:|---|:---:|',
    ...figures.map(row),
    '',
  ];
  for (const result of results) {
    const tables = result.tables ?? [];
    if (!result.error && result.notes.length === 0 && tables.length === 0) continue;
    lines.push(`## ${result.title}`, '');
    if (result.error) lines.push(`**The benchmark failed:** ${result.error}`, '');
    for (const note of result.notes) lines.push(`- ${note}`);
    lines.push('');
    for (const table of tables) lines.push(...tableLines(table), '');
  }
  return lines.join('\n');
}

function tableLines({ caption, header, rows, numeric = [] }: ResultTable): string[] {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    `**${caption}**`,
    '',
    line(header),
    `|${header.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join('|')}|`,
    ...rows.map(line),
  ];
}

function row(figure: Figure): string {
  const r = ratio(figure);
  const met = figureMet(figure);
  return [
    figure.benchmark,
    figure.note ? `${figure.name} (${figure.note})` : figure.name,
    `${format(figure.ours)} ${figure.unit}`,
    figure.baseline ? `${format(figure.baseline.value)} ${figure.unit} (${figure.baseline.label})` : '—',
    r === undefined ? '—' : format(r),
    figure.targets.map((t) => describeTarget(t, figure.unit)).join(', ') || '—',
    met === undefined ? '—' : met ? 'yes' : '**no**',
  ]
    .join(' | ')
    .replace(/^/, '| ')
    .concat(' |');
}

export function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
