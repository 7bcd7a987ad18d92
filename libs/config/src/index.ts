/** Settings read from the environment; the same names are used by docker-compose.yml. */
export interface Config {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  apiPort: number;
  apiHost: string;
  workflowBundlePath?: string;
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
