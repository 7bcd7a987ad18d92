import { performance } from 'node:perf_hooks';
import { type SmallSummary, summarizeSmall } from './percentile';

/**
 * The same GETs the page made, from Node one after another with the same session cookie, while no browser runs:
 * what each costs the server without a page loading beside it. Each path `times` times (after one untimed call).
 */
export async function timeCallsFromNode(
  baseUrl: string,
  cookie: string,
  paths: string[],
  times: number,
): Promise<Map<string, SmallSummary>> {
  const call = async (path: string) => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return performance.now() - started;
  };
  const summaries = new Map<string, SmallSummary>();
  for (const path of paths) {
    await call(path);
    const ms: number[] = [];
    for (let i = 0; i < times; i++) ms.push(await call(path));
    summaries.set(path, summarizeSmall(ms));
  }
  return summaries;
}
