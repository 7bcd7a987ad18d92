import { flag, list, port, positiveNumber, required, text, whole } from './environment';

/** The make targets that start servers through @closeloop/stack; each has its own default ports. */
export type HarnessTarget = 'up' | 'test' | 'fuzz' | 'chaos' | 'bench';

export interface StackPorts {
  /** CLOSELOOP_PG_PORT */
  postgres: number;
  /** CLOSELOOP_TEMPORAL_PORT (the dev server also takes +10 for HTTP and +20 for metrics). */
  temporal: number;
  /** CLOSELOOP_TEMPORAL_UI_PORT: only `make up` serves the Web UI. */
  temporalUi?: number;
  /** PORT: the API (`make test` runs its APIs in-process on free ports instead). */
  api: number;
}

const defaultPorts: Record<HarnessTarget, StackPorts> = {
  up: { postgres: 55432, temporal: 7233, temporalUi: 8233, api: 3000 },
  test: { postgres: 55433, temporal: 7244, api: 0 },
  fuzz: { postgres: 55441, temporal: 7361, api: 3311 },
  chaos: { postgres: 55650, temporal: 7450, api: 3450 },
  bench: { postgres: 55700, temporal: 7550, api: 3550 },
};

export interface StackSettings {
  ports: StackPorts;
  /** DATABASE_URL when given: `make up` and `make test` use that server instead of starting one. */
  databaseUrl?: string;
  /** CLOSELOOP_POSTGRES_HOME: as root, where PostgreSQL's binaries and data live (outside any checkout). */
  postgresHome: string;
  /** CLOSELOOP_BOOTSTRAP_KEY */
  bootstrapKey?: string;
  /** CLOSELOOP_OUTBOUND_ALLOW (shown by `make up`). */
  outboundAllow: string[];
  /** NODE_ENV for the apps: `production` unless given. */
  nodeEnv: string;
}

export function readStackSettings(target: HarnessTarget, env: NodeJS.ProcessEnv = process.env): StackSettings {
  const fallback = defaultPorts[target];
  return {
    ports: {
      postgres: port(env, 'CLOSELOOP_PG_PORT', fallback.postgres),
      temporal: port(env, 'CLOSELOOP_TEMPORAL_PORT', fallback.temporal),
      temporalUi: fallback.temporalUi === undefined ? undefined : port(env, 'CLOSELOOP_TEMPORAL_UI_PORT', fallback.temporalUi),
      api: port(env, 'PORT', fallback.api),
    },
    databaseUrl: target === 'up' || target === 'test' ? text(env, 'DATABASE_URL') : undefined,
    postgresHome: readPostgresHome(env),
    bootstrapKey: text(env, 'CLOSELOOP_BOOTSTRAP_KEY'),
    outboundAllow: list(env, 'CLOSELOOP_OUTBOUND_ALLOW'),
    nodeEnv: text(env, 'NODE_ENV', 'production'),
  };
}

/** CLOSELOOP_POSTGRES_HOME: as root, where PostgreSQL's binaries and data live (outside any checkout). */
export function readPostgresHome(env: NodeJS.ProcessEnv = process.env): string {
  return text(env, 'CLOSELOOP_POSTGRES_HOME', '/var/lib/closeloop/postgres');
}

/** The servers `make test` started (scripts: with-services), as the tests find them. */
export interface TestServers {
  databaseUrl: string;
  temporalAddress: string;
}

export function readTestServers(env: NodeJS.ProcessEnv = process.env): TestServers {
  const hint = 'run the tests with `make test`';
  return { databaseUrl: required(env, 'DATABASE_URL', hint), temporalAddress: required(env, 'TEMPORAL_ADDRESS', hint) };
}

export interface ChaosSettings {
  seconds: number;
  lanes: number;
  quietItems: number;
  downMs: number;
  thinkMs: number;
  commandDeadlineMs: number;
  catchUpMs: number;
  summaryFile?: string;
  keepData: boolean;
  apiMain: string;
  workerMain: string;
}

/** `make chaos` (full) or the short run inside `make test`: the same names, smaller defaults. */
export function readChaosSettings(env: NodeJS.ProcessEnv = process.env, length: 'full' | 'short' = 'full'): ChaosSettings {
  const short = length === 'short';
  return {
    seconds: whole(env, 'CHAOS_SECONDS', short ? 45 : 180),
    lanes: whole(env, 'CHAOS_LANES', short ? 3 : 4),
    quietItems: whole(env, 'CHAOS_QUIET_ITEMS', short ? 8 : 20, 0),
    downMs: whole(env, 'CHAOS_DOWN_MS', 2000, 0),
    thinkMs: whole(env, 'CHAOS_THINK_MS', 150, 0),
    commandDeadlineMs: whole(env, 'CHAOS_COMMAND_DEADLINE_MS', short ? 60_000 : 120_000),
    catchUpMs: whole(env, 'CHAOS_CATCH_UP_MS', short ? 60_000 : 90_000),
    summaryFile: text(env, 'CHAOS_SUMMARY_FILE'),
    keepData: flag(env, 'CHAOS_KEEP_DATA'),
    apiMain: text(env, 'CHAOS_API_MAIN', 'apps/api/dist/main.js'),
    workerMain: text(env, 'CHAOS_WORKER_MAIN', 'apps/worker/dist/main.js'),
  };
}

/** The settings as environment entries, to hand to a chaos run in another process. */
export function chaosEnvironment(settings: ChaosSettings): Record<string, string> {
  return {
    CHAOS_SECONDS: String(settings.seconds),
    CHAOS_LANES: String(settings.lanes),
    CHAOS_QUIET_ITEMS: String(settings.quietItems),
    CHAOS_DOWN_MS: String(settings.downMs),
    CHAOS_THINK_MS: String(settings.thinkMs),
    CHAOS_COMMAND_DEADLINE_MS: String(settings.commandDeadlineMs),
    CHAOS_CATCH_UP_MS: String(settings.catchUpMs),
    CHAOS_API_MAIN: settings.apiMain,
    CHAOS_WORKER_MAIN: settings.workerMain,
    ...(settings.summaryFile ? { CHAOS_SUMMARY_FILE: settings.summaryFile } : {}),
    ...(settings.keepData ? { CHAOS_KEEP_DATA: '1' } : {}),
  };
}

export interface FuzzSettings {
  maxExamples: number;
  timeLimitSeconds: number;
  seed: number;
  /** FUZZ_ARGS, split on spaces. */
  extraArgs: string[];
  /** FUZZ_PHASES: Schemathesis's phases, comma-separated. */
  phases: string;
  rateLimitPerMinute: number;
}

export function readFuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  return {
    maxExamples: whole(env, 'FUZZ_MAX_EXAMPLES', 10),
    timeLimitSeconds: whole(env, 'FUZZ_TIME_LIMIT', 240),
    seed: whole(env, 'FUZZ_SEED', 1, 0),
    extraArgs: (text(env, 'FUZZ_ARGS') ?? '').split(' ').filter(Boolean),
    phases: text(env, 'FUZZ_PHASES') ?? 'examples,coverage,fuzzing,stateful',
    // Schemathesis sends many requests with one key; the limit itself is covered by test/e2e/hygiene.
    rateLimitPerMinute: whole(env, 'RATE_LIMIT_PER_MINUTE', 1_000_000),
  };
}

export interface BenchSettings {
  /** BENCH_ONLY: benchmark ids, or undefined for all. */
  only?: string[];
  scale: number;
  reportOnly: boolean;
  timerItems: number;
  /** BENCH_CPU_PROF: a folder for CPU profiles of the API under load. */
  cpuProfileDir?: string;
  /** NODE_OPTIONS as given, to append to. */
  nodeOptions?: string;
}

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const only = list(env, 'BENCH_ONLY');
  return {
    only: only.length > 0 ? only : undefined,
    scale: positiveNumber(env, 'BENCH_SCALE', 1),
    reportOnly: flag(env, 'BENCH_REPORT_ONLY'),
    timerItems: whole(env, 'BENCH_TIMER_ITEMS', 10_000),
    cpuProfileDir: text(env, 'BENCH_CPU_PROF'),
    nodeOptions: text(env, 'NODE_OPTIONS'),
  };
}
