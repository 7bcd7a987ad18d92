import { type Figure, ratio, targetMet } from '../figure';
import type { StoredResult } from './stored-results';

/**
 * Two panels as PNG: ours ÷ baseline per figure (with the ratio target where there is one), and how far each
 * figure is from its own target (≥ 1 means met, whichever way the target points).
 */
export async function resultsChartPng(results: StoredResult[]): Promise<Buffer> {
  const figures = results.flatMap((result) => result.figures);
  const label = (figure: Figure) => `${figure.benchmark.split('.')[0]}. ${figure.name}`;
  const ratios = figures.flatMap((figure) => {
    const r = ratio(figure);
    if (r === undefined || r <= 0) return [];
    const ratioTarget = figure.targets.find((t) => t.on === 'ratio');
    return [
      { figure: label(figure), ratio: r, target: ratioTarget?.value ?? null, met: ratioTarget ? targetMet(figure, ratioTarget) : null },
    ];
  });
  const attainment = figures.flatMap((figure) =>
    figure.targets.map((target) => {
      const actual = target.on === 'ours' ? figure.ours : (ratio(figure) ?? 0);
      const score = target.op === '>=' ? actual / target.value : actual === 0 ? 10 : target.value / actual;
      return {
        figure: `${label(figure)} (${target.on === 'ours' ? figure.unit : 'ratio'})`,
        attainment: Math.min(score, 10),
        met: targetMet(figure, target) ? 'met' : 'missed',
      };
    }),
  );
  // Vega-Lite draws a bar on a log scale from 0, which has no place on it (every bar came out empty): each bar starts
  // at the power of ten below the smallest value instead.
  const floor = (values: number[]) => 10 ** Math.floor(Math.log10(Math.min(1, ...values.filter((v) => v > 0))));
  const color = { field: 'met', type: 'nominal', scale: { domain: ['met', 'missed'], range: ['#4c9a5a', '#c8553d'] }, title: null };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: { font: 'DejaVu Sans', axis: { labelLimit: 420 } },
    vconcat: [
      {
        title: 'Ours ÷ baseline (same run, same machine)',
        width: 420,
        data: { values: ratios },
        layer: [
          {
            mark: 'bar',
            encoding: {
              y: { field: 'figure', type: 'nominal', sort: null, title: null },
              x: { field: 'ratio', type: 'quantitative', scale: { type: 'log' }, title: 'ratio (log scale)' },
              x2: { datum: floor(ratios.map((r) => r.ratio)) },
            },
          },
          {
            mark: { type: 'tick', color: 'black', thickness: 2 },
            encoding: { y: { field: 'figure', type: 'nominal', sort: null }, x: { field: 'target', type: 'quantitative' } },
          },
        ],
      },
      {
        title: 'Target attainment (≥ 1 = target met)',
        width: 420,
        data: { values: attainment },
        layer: [
          {
            mark: 'bar',
            encoding: {
              y: { field: 'figure', type: 'nominal', sort: null, title: null },
              x: {
                field: 'attainment',
                type: 'quantitative',
                scale: { type: 'log' },
                title: 'ours ÷ target, or target ÷ ours for ceilings (log scale)',
              },
              x2: { datum: floor(attainment.map((a) => a.attainment)) },
              color,
            },
          },
          { mark: { type: 'rule', color: 'black' }, encoding: { x: { datum: 1 } } },
        ],
      },
    ],
  };
  const vega = await import('vega');
  const vegaLite = await import('vega-lite');
  const view = new vega.View(vega.parse(vegaLite.compile(spec as never).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
}
