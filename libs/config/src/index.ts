import { flag, list, port, required, text, whole } from './environment';
import { type OidcConfig, readOidcConfig } from './oidc';

export * from './environment';
export * from './harness';
export * from './oidc';

/** Settings read from the environment; the same names are used by docker-compose.yml. */
export interface Config {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  apiPort: number;
  apiHost: string;
  workflowBundlePath?: string;
  /** CLOSELOOP_COOKIE_SECURE: the session cookie is always `Secure`. */
  cookieSecure: boolean;
  notifications: NotificationConfig;
  /** Single sign-on; absent when CLOSELOOP_OIDC_ISSUER_URL is unset. */
  oidc?: OidcConfig;
}

export interface NotificationConfig {
  /** Email is sent only when an SMTP relay is configured. */
  smtp?: { host: string; port: number; secure: boolean; auth?: { user: string; pass: string }; from: string; messageIdDomain: string };
  pollMs: number;
  maxAttempts: number;
  leaseMs: number;
  /**
   * `CLOSELOOP_OUTBOUND_ALLOW`: comma-separated `host:port` entries that webhooks and robots may reach although not
   * public https (development and tests; empty, the default, allows none). Checked by @closeloop/notifications.
   */
  outboundAllow: string[];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const smtpHost = text(env, 'SMTP_HOST');
  const smtpUser = text(env, 'SMTP_USER');
  return {
    databaseUrl: required(env, 'DATABASE_URL'),
    temporalAddress: text(env, 'TEMPORAL_ADDRESS', '127.0.0.1:7233'),
    temporalNamespace: text(env, 'TEMPORAL_NAMESPACE', 'default'),
    taskQueue: text(env, 'TEMPORAL_TASK_QUEUE', 'closeloop-items'),
    apiPort: port(env, 'PORT', 3000),
    apiHost: text(env, 'HOST', '127.0.0.1'),
    workflowBundlePath: text(env, 'WORKFLOW_BUNDLE_PATH'),
    cookieSecure: flag(env, 'CLOSELOOP_COOKIE_SECURE'),
    notifications: {
      smtp: smtpHost
        ? {
            host: smtpHost,
            port: port(env, 'SMTP_PORT', 587),
            secure: text(env, 'SMTP_SECURE') === 'true',
            auth: smtpUser ? { user: smtpUser, pass: text(env, 'SMTP_PASS', '') } : undefined,
            from: text(env, 'SMTP_FROM', 'Closeloop <noreply@closeloop.local>'),
            messageIdDomain: text(env, 'SMTP_MESSAGE_ID_DOMAIN', 'closeloop'),
          }
        : undefined,
      pollMs: whole(env, 'NOTIFICATION_POLL_MS', 2000),
      maxAttempts: whole(env, 'NOTIFICATION_MAX_ATTEMPTS', 10),
      leaseMs: whole(env, 'NOTIFICATION_LEASE_MS', 300_000),
      outboundAllow: list(env, 'CLOSELOOP_OUTBOUND_ALLOW'),
    },
    oidc: readOidcConfig(env),
  };
}

/** `RATE_LIMIT_PER_MINUTE`: requests per minute per API key. */
export function readRateLimitPerMinute(env: NodeJS.ProcessEnv = process.env, fallback = 600): number {
  return whole(env, 'RATE_LIMIT_PER_MINUTE', fallback);
}

/** `NODE_ENV=development`: the worker bundles its workflows from source. */
export function isDevelopment(env: NodeJS.ProcessEnv = process.env): boolean {
  return text(env, 'NODE_ENV') === 'development';
}

/** The settings of the CLIs (migrate, rebuild, seed-calendar, bootstrap-admin). */
export interface CliConfig {
  databaseUrl: string;
  /** CLOSELOOP_BOOTSTRAP_KEY */
  bootstrapKey?: string;
  /** CLOSELOOP_KEY_FILE */
  keyFile?: string;
}

export function readCliConfig(env: NodeJS.ProcessEnv = process.env): CliConfig {
  return {
    databaseUrl: required(env, 'DATABASE_URL'),
    bootstrapKey: text(env, 'CLOSELOOP_BOOTSTRAP_KEY'),
    keyFile: text(env, 'CLOSELOOP_KEY_FILE'),
  };
}

/**
 * The API that the web app's development server (Vite, `npm run dev -w apps/web`) proxies `/v1` to: the address
 * the API listens on by HOST and PORT (a wildcard address is reached on the loopback).
 */
export function readWebDevApiUrl(env: NodeJS.ProcessEnv = process.env): string {
  const host = text(env, 'HOST', '127.0.0.1');
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port(env, 'PORT', 3000)}`;
}

/** The browser tests' settings: which Chromium (else `chromium` on PATH) and where screenshots go. */
export interface BrowserTestSettings {
  chromium?: string;
  screenshotDir: string;
}

export function readBrowserTestSettings(env: NodeJS.ProcessEnv = process.env): BrowserTestSettings {
  return { chromium: text(env, 'CLOSELOOP_CHROMIUM'), screenshotDir: text(env, 'CLOSELOOP_SCREENSHOTS', '.data/screenshots') };
}
