import { Button, Result, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Cockpit } from './cockpit-api';

type Week = Cockpit['trend']['weeks'][number];

const series = [
  { key: 'open', name: '未销号', color: '#0b4f96' },
  { key: 'overdue', name: '逾期', color: '#d4380d' },
  { key: 'red', name: '红灯', color: '#a8071a' },
  { key: 'closed', name: '本周销号', color: '#237804' },
] as const;

/** `2026-W49` → `W49`: the axis has room for the week alone, the tooltip says the year. */
const shortWeek = (week: string): string => week.slice(5);

/** The last 12 weeks as lines (ECharts, loaded once the page around it is painted); a sentence of the latest week for screen readers. */
export function TrendChart({ weeks }: { weeks: Week[] }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let dispose: (() => void) | undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      import('./echarts-line').then(
        ({ init }) => {
          if (cancelled || !container.current) return;
          const chart = init(container.current, undefined, { renderer: 'canvas' });
          chart.setOption({
            animation: false,
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
            xAxis: { type: 'category', boundaryGap: false, data: weeks.map((w) => shortWeek(w.week)) },
            yAxis: { type: 'value', minInterval: 1 },
            series: series.map((s) => ({ type: 'line', name: s.name, color: s.color, data: weeks.map((w) => w[s.key]) })),
          });
          const resize = new ResizeObserver(() => chart.resize());
          resize.observe(container.current);
          dispose = () => {
            resize.disconnect();
            chart.dispose();
          };
          setState('ready');
        },
        () => !cancelled && setState('failed'),
      );
    // ECharts (its own chunk, 167 KB gzipped) is fetched once the frame showing the counts has been painted: they are
    // what a leader reads first, and neither its download nor its compiling should hold them back.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => void load(), 0)));
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      dispose?.();
    };
  }, [weeks, attempt]);

  const latest = weeks.at(-1);
  const summary = latest
    ? `近12周趋势，本周（${latest.week}）：未销号 ${latest.open} 项，逾期 ${latest.overdue} 项，红灯 ${latest.red} 项，销号 ${latest.closed} 项`
    : '近12周趋势';
  if (state === 'failed') {
    return (
      <Result
        status="warning"
        title="趋势图加载失败"
        extra={
          <Button
            onClick={() => {
              setState('loading');
              setAttempt((n) => n + 1);
            }}
          >
            重试
          </Button>
        }
      />
    );
  }
  return (
    <div style={{ position: 'relative' }}>
      {state === 'loading' && <Skeleton active paragraph={{ rows: 6 }} />}
      <div ref={container} role="img" aria-label={summary} style={{ width: '100%', height: state === 'loading' ? 0 : 300 }} />
    </div>
  );
}
