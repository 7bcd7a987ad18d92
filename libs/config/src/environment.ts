/**
 * Every environment variable Closeloop reads, once, with its meaning and default. The readers below accept only
 * these names, and test/lint/environment.spec.ts checks that nothing else reads `process.env` and that the
 * README's table lists exactly these names. `make up`, `make test`, `make fuzz`, `make chaos` and `make bench`
 * share one name per idea (the PostgreSQL port is CLOSELOOP_PG_PORT for all of them), with target defaults.
 */
export const environment = {
  // The API and the worker (docker-compose.yml sets the same names).
  DATABASE_URL: {
    meaning: 'PostgreSQL of the API, worker and CLIs; for make up / make test: use it instead of starting one',
    default: 'required by the apps; started by the harness',
  },
  TEMPORAL_ADDRESS: { meaning: 'Temporal frontend of the API and worker', default: '127.0.0.1:7233 (set by the harness)' },
  TEMPORAL_NAMESPACE: { meaning: 'Temporal namespace', default: 'default' },
  TEMPORAL_TASK_QUEUE: { meaning: "the item workflows' task queue", default: 'closeloop-items' },
  PORT: {
    meaning: "the API's HTTP port (make up, fuzz, chaos, bench: the API they start)",
    default: '3000; fuzz 3311, chaos 3450, bench 3550',
  },
  HOST: { meaning: 'the address the API listens on', default: '127.0.0.1' },
  NODE_ENV: {
    meaning: '`development`: the worker bundles the workflows from source instead of using the prebuilt bundle',
    default: 'production under the harness',
  },
  WORKFLOW_BUNDLE_PATH: { meaning: 'a prebuilt workflow bundle for the worker', default: 'apps/worker/dist/item-workflows.bundle.js' },
  RATE_LIMIT_PER_MINUTE: { meaning: 'requests per minute per API key', default: '600 (the harness raises it for fuzz, chaos, bench)' },
  SMTP_HOST: { meaning: 'SMTP relay; email is sent only when it is set', default: 'unset' },
  SMTP_PORT: { meaning: 'SMTP port', default: '587' },
  SMTP_SECURE: { meaning: '`true`: TLS from the start', default: 'false' },
  SMTP_USER: { meaning: 'SMTP user (with SMTP_PASS)', default: 'unset' },
  SMTP_PASS: { meaning: 'SMTP password', default: 'empty' },
  SMTP_FROM: { meaning: 'sender of notification emails', default: 'Closeloop <noreply@closeloop.local>' },
  SMTP_MESSAGE_ID_DOMAIN: { meaning: 'domain of the Message-IDs', default: 'closeloop' },
  NOTIFICATION_POLL_MS: { meaning: 'how often the worker looks for deliveries', default: '2000' },
  NOTIFICATION_MAX_ATTEMPTS: { meaning: 'attempts per delivery before it is given up', default: '10' },
  NOTIFICATION_LEASE_MS: { meaning: "how long a worker's claim on a delivery lasts", default: '300000' },
  CLOSELOOP_COOKIE_SECURE: {
    meaning: '`1`: the session cookie is always `Secure` (behind a TLS-terminating proxy); otherwise only on requests that came over https',
    default: 'unset',
  },
  CLOSELOOP_OUTBOUND_ALLOW: {
    meaning: 'comma-separated host:port that webhooks and robots may reach although not public https (development, tests)',
    default: 'none',
  },
  // Single sign-on (统一身份认证) by OpenID Connect: on when CLOSELOOP_OIDC_ISSUER_URL is set.
  CLOSELOOP_OIDC_ISSUER_URL: {
    meaning: "the OpenID provider's issuer URL (discovery at <issuer>/.well-known/openid-configuration); https, or http on loopback",
    default: 'unset: no OIDC sign-in',
  },
  CLOSELOOP_OIDC_CLIENT_ID: { meaning: "Closeloop's client id at the provider (required with the issuer)", default: 'unset' },
  CLOSELOOP_OIDC_CLIENT_SECRET: { meaning: "the client's secret (client_secret_basic)", default: 'unset: a public client (PKCE only)' },
  CLOSELOOP_OIDC_REDIRECT_URL: {
    meaning: 'the public URL of /v1/session/oidc/callback, as registered at the provider (required with the issuer)',
    default: 'unset',
  },
  CLOSELOOP_OIDC_LABEL: { meaning: 'the sign-in button of the OIDC provider', default: '统一身份认证' },
  // The CLIs.
  CLOSELOOP_BOOTSTRAP_KEY: { meaning: "the first admin's API key (bootstrap-admin)", default: 'generated' },
  CLOSELOOP_KEY_FILE: { meaning: 'where bootstrap-admin keeps a generated key (make up: .data/admin-key)', default: 'not kept' },
  // The harness (@closeloop/stack): the servers make up / test / fuzz / chaos / bench start.
  CLOSELOOP_PG_PORT: { meaning: "the harness's PostgreSQL port", default: 'up 55432, test 55433, fuzz 55441, chaos 55650, bench 55700' },
  CLOSELOOP_TEMPORAL_PORT: {
    meaning: "the harness's Temporal dev server port (also uses +10 and +20)",
    default: 'up 7233, test 7244, fuzz 7361, chaos 7450, bench 7550',
  },
  CLOSELOOP_TEMPORAL_UI_PORT: { meaning: 'the Temporal Web UI of make up', default: '8233' },
  CLOSELOOP_POSTGRES_HOME: {
    meaning: "as root: where PostgreSQL's binaries and data live, outside the checkout",
    default: '/var/lib/closeloop/postgres',
  },
  // Read by scripts/ensure-temporal.sh (a shell script), not by TypeScript: listed here so the README has them all.
  TEMPORAL_CLI: { meaning: 'a Temporal CLI to use instead of one on PATH or in the cache', default: 'temporal on PATH, else built once' },
  CLOSELOOP_CACHE: { meaning: 'where the Temporal CLI is built once and kept', default: '$XDG_CACHE_HOME/closeloop or ~/.cache/closeloop' },
  // Read by scripts/ensure-browser.sh (make bench's cockpit benchmark runs it) and the browser tests (test/support/browser.ts).
  CLOSELOOP_CHROMIUM: {
    meaning:
      "the Chromium the browser tests and make bench drive (playwright-core); ensure-browser.sh installs Debian's when unset and missing",
    default: 'chromium on PATH',
  },
  CLOSELOOP_SCREENSHOTS: {
    meaning: 'a folder: the browser tests save their screenshots there (make screenshots: docs/screenshots)',
    default: '.data/screenshots',
  },
  // make fuzz.
  FUZZ_MAX_EXAMPLES: { meaning: 'Schemathesis examples per operation', default: '10' },
  FUZZ_TIME_LIMIT: { meaning: "Schemathesis's time limit in seconds", default: '240' },
  FUZZ_SEED: { meaning: "Schemathesis's seed", default: '1' },
  FUZZ_ARGS: { meaning: 'extra `st run` arguments, space-separated', default: 'none' },
  FUZZ_PHASES: { meaning: "Schemathesis's phases; `stateful` follows the document's links", default: 'examples,coverage,fuzzing,stateful' },
  // make chaos (test/chaos/chaos.e2e.spec.ts runs a short one).
  CHAOS_SECONDS: { meaning: 'how long the load runs; each kill happens once, spread over it', default: '180; 45 in make test' },
  CHAOS_LANES: { meaning: 'items driven through their lives at once', default: '4; 3 in make test' },
  CHAOS_QUIET_ITEMS: {
    meaning: "items acknowledged and left alone: their reminders fall due on the policy's clock",
    default: '20; 8 in make test',
  },
  CHAOS_DOWN_MS: { meaning: 'how long a killed process stays down', default: '2000' },
  CHAOS_THINK_MS: { meaning: "a lane's pause between steps (uniform in [½, 1½]×)", default: '150' },
  CHAOS_COMMAND_DEADLINE_MS: { meaning: 'how long the client keeps retrying one command', default: '120000; 60000 in make test' },
  CHAOS_CATCH_UP_MS: { meaning: 'how long the system may take to catch up after the load', default: '90000; 60000 in make test' },
  CHAOS_SUMMARY_FILE: { meaning: 'also write the JSON summary there', default: 'unset' },
  CHAOS_KEEP_DATA: { meaning: '`1`: keep .data/chaos-<port> and its PostgreSQL data (always kept when a check fails)', default: 'unset' },
  CHAOS_API_MAIN: { meaning: 'another build of the API for the chaos run', default: 'apps/api/dist/main.js' },
  CHAOS_WORKER_MAIN: { meaning: 'another build of the worker for the chaos run', default: 'apps/worker/dist/main.js' },
  // make bench.
  BENCH_ONLY: { meaning: "comma-separated benchmark ids to run; the others' stored results are kept", default: 'all' },
  BENCH_SCALE: { meaning: 'scales the sizes of every benchmark', default: '1' },
  BENCH_REPORT_ONLY: { meaning: '`1`: only rewrite RESULTS.md and the chart from stored results', default: 'unset' },
  BENCH_TIMER_ITEMS: { meaning: 'size of the timer burst', default: '10000' },
  BENCH_CPU_PROF: { meaning: 'a folder: write CPU profiles of the API under load there', default: 'unset' },
  NODE_OPTIONS: { meaning: "Node's own; bench appends its CPU-profile preload to it", default: 'unset' },
} as const satisfies Record<string, { meaning: string; default: string }>;

export type EnvironmentName = keyof typeof environment;

type Env = NodeJS.ProcessEnv;

/** The value, or undefined when unset or empty. */
export function text(env: Env, name: EnvironmentName): string | undefined;
export function text(env: Env, name: EnvironmentName, fallback: string): string;
export function text(env: Env, name: EnvironmentName, fallback?: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

export function required(env: Env, name: EnvironmentName, hint = ''): string {
  const value = text(env, name);
  if (value === undefined) throw new Error(`${name} must be set${hint ? `: ${hint}` : ''}`);
  return value;
}

/** A whole number ≥ min (default 1). */
export function whole(env: Env, name: EnvironmentName, fallback: number, min = 1): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) throw new Error(`${name}=${value} is not a whole number ≥ ${min}`);
  return parsed;
}

/** A positive number (fractions allowed). */
export function positiveNumber(env: Env, name: EnvironmentName, fallback: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!(parsed > 0)) throw new Error(`${name}=${value} is not a positive number`);
  return parsed;
}

export function port(env: Env, name: EnvironmentName, fallback: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`${name}=${value} is not a port`);
  return parsed;
}

/** Set to anything but empty, `0` or `false`. */
export function flag(env: Env, name: EnvironmentName): boolean {
  const value = text(env, name);
  return value !== undefined && value !== '0' && value !== 'false';
}

/** A comma-separated list, entries trimmed, empty ones dropped. */
export function list(env: Env, name: EnvironmentName): string[] {
  return (text(env, name) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
