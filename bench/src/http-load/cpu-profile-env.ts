import { readBenchSettings } from '@closeloop/config';

/**
 * BENCH_CPU_PROF=<dir> makes the API and worker write V8 CPU profiles there when they stop (open them in Chrome
 * DevTools or speedscope): how a missed target is traced to where the time goes.
 */
export function cpuProfileEnv(): Record<string, string> {
  const { cpuProfileDir, nodeOptions } = readBenchSettings();
  if (!cpuProfileDir) return {};
  return { NODE_OPTIONS: `${nodeOptions ?? ''} --require ${require.resolve('./cpu-profile-preload')}`.trim() };
}
