/** Settings read from the environment; the same names are used by docker-compose.yml. */
export interface Config {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  apiPort: number;
  apiHost: string;
  workflowBundlePath?: string;
  notifications: NotificationConfig;
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
  return {
    databaseUrl: required(env, 'DATABASE_URL'),
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? 'closeloop-items',
    apiPort: port(env.PORT ?? '3000'),
    apiHost: env.HOST ?? '127.0.0.1',
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH || undefined,
    notifications: {
      smtp: env.SMTP_HOST
        ? {
            host: env.SMTP_HOST,
            port: port(env.SMTP_PORT ?? '587'),
            secure: env.SMTP_SECURE === 'true',
            auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
            from: env.SMTP_FROM ?? 'Closeloop <noreply@closeloop.local>',
            messageIdDomain: env.SMTP_MESSAGE_ID_DOMAIN ?? 'closeloop',
          }
        : undefined,
      pollMs: positive(env, 'NOTIFICATION_POLL_MS', 2000),
      maxAttempts: positive(env, 'NOTIFICATION_MAX_ATTEMPTS', 10),
      leaseMs: positive(env, 'NOTIFICATION_LEASE_MS', 300_000),
      outboundAllow: (env.CLOSELOOP_OUTBOUND_ALLOW ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    },
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`PORT ${value} is not a port`);
  return parsed;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name}=${value} is not a positive whole number`);
  return parsed;
}
