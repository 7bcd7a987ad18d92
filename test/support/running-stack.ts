import { type CreateAppOptions, createApp, ensurePrincipal, generateApiKey } from '@closeloop/api';
import { type OidcConfig, readTestServers } from '@closeloop/config';
import type { Role } from '@closeloop/domain';
import { bundleItemWorkflows, createItemWorker, createNotificationDelivery, createWebhookSubscriptionDelivery } from '@closeloop/worker';
import { type NodeApp, startWorker } from '@closeloop/stack';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type ApiClient, clientFor } from './api';
import { type TestDatabase, createTestDatabase } from './test-database';
import { createTestNamespace } from './test-namespace';

/** The built worker in its own process (@closeloop/stack), to be killed with SIGKILL and started again. */
export type WorkerProcess = NodeApp;

export interface RunningStack {
  baseUrl: string;
  database: TestDatabase;
  taskQueue: string;
  /** The stack's own Temporal namespace (see createTestNamespace). */
  namespace: string;
  adminKey: string;
  temporal: Client;
  /** Present when the worker runs as its own process. */
  workerProcess?: WorkerProcess;
  /** Creates a principal and returns its API key. */
  keyFor(role: Role, unitIds?: string[]): Promise<string>;
  /** The generated client of the API, authenticating with `key` (anonymous without one). */
  client(key?: string): ApiClient;
  stop(): Promise<void>;
}

let runtimeInstalled = false;
let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/**
 * The real thing: the API on a free port and a worker on its own task queue, against the real Temporal dev
 * server and PostgreSQL. The worker runs in this process, or as the built worker binary (`workerProcess`).
 */
export interface StackOptions {
  /** Run the built worker binary in its own process (to kill it), instead of in this process. */
  workerProcess?: boolean;
  /** Deliver notifications (the worker's deliverer), with email to this local SMTP port. */
  smtpPort?: number;
  /** Deliver webhook subscriptions (in-process worker only; backoff base 200 ms). */
  webhooks?: boolean;
  /** `host:port` entries the API and the worker may reach although not public https (CLOSELOOP_OUTBOUND_ALLOW): the tests' receivers. */
  outboundAllow?: string[];
  /** createApp options; the rate limit is out of the way unless a test sets it. */
  app?: CreateAppOptions;
  /** The API's port (default: a free one): for a redirect URL that must be known before the API starts. */
  port?: number;
  /** Single sign-on against this provider (CLOSELOOP_OIDC_*). */
  oidc?: OidcConfig;
}

const POLL_MS = 200;

export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const address = readTestServers().temporalAddress;
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const database = await createTestDatabase();
  const namespace = await createTestNamespace(address);
  const taskQueue = `test-${randomBytes(4).toString('hex')}`;
  const temporalTarget = { address, namespace, taskQueue };
  const stopWorker = options.workerProcess
    ? await startWorkerProcess(temporalTarget, database.url, options.smtpPort, options.outboundAllow ?? [])
    : await startWorkerInProcess(temporalTarget, database, options.smtpPort, options.webhooks, options.outboundAllow ?? []);

  const clientConnection = await Connection.connect({ address });
  const temporal = new Client({ connection: clientConnection, namespace });
  const app: INestApplication = await createApp(
    { db: database.db, temporal, config: { taskQueue, outboundAllow: options.outboundAllow, oidc: options.oidc } },
    { logger: ['error'], rateLimitPerMinute: 1_000_000, ...options.app },
  );
  await app.listen(options.port ?? 0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;

  const keyFor = async (role: Role, unitIds: string[] = []) => {
    const key = generateApiKey();
    await ensurePrincipal(database.db, { name: `${role} ${unitIds.join(',')}`, role, unitIds, key });
    return key;
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    database,
    taskQueue,
    namespace,
    temporal,
    workerProcess: stopWorker.process,
    adminKey: await keyFor('admin'),
    keyFor,
    client: (key) => clientFor(baseUrl, key),
    async stop() {
      await app.close();
      await stopWorker.stop();
      await clientConnection.close();
      await database.drop();
    },
  };
}

interface TemporalTarget {
  address: string;
  namespace: string;
  taskQueue: string;
}

interface StartedWorker {
  process?: WorkerProcess;
  stop(): Promise<void>;
}

async function startWorkerInProcess(
  { address, namespace, taskQueue }: TemporalTarget,
  database: TestDatabase,
  smtpPort: number | undefined,
  webhooks: boolean | undefined,
  outboundAllow: string[],
): Promise<StartedWorker> {
  const connection = await NativeConnection.connect({ address });
  const delivery = smtpPort
    ? createNotificationDelivery(
        database.db,
        {
          smtp: {
            host: '127.0.0.1',
            port: smtpPort,
            secure: false,
            from: 'Closeloop <noreply@closeloop.test>',
            messageIdDomain: 'closeloop',
          },
          pollMs: POLL_MS,
          maxAttempts: 10,
          leaseMs: 30_000,
          outboundAllow,
        },
        { backoffBaseMs: 200 },
      )
    : undefined;
  delivery?.start(POLL_MS);
  const webhookDelivery = webhooks
    ? createWebhookSubscriptionDelivery(database.db, { maxAttempts: 10, leaseMs: 30_000, outboundAllow }, { backoffBaseMs: 200 })
    : undefined;
  webhookDelivery?.start(POLL_MS);
  bundle ??= bundleItemWorkflows({ sourceCondition: true });
  const worker = await createItemWorker({ connection, namespace, taskQueue, db: database.db, workflowBundle: await bundle });
  const running = worker.run();
  return {
    async stop() {
      await delivery?.stop();
      await webhookDelivery?.stop();
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

async function startWorkerProcess(
  { address, namespace, taskQueue }: TemporalTarget,
  databaseUrl: string,
  smtpPort: number | undefined,
  outboundAllow: string[],
): Promise<StartedWorker> {
  const worker = await startWorker({
    env: {
      ...process.env,
      NODE_ENV: 'production',
      TEMPORAL_ADDRESS: address,
      TEMPORAL_NAMESPACE: namespace,
      DATABASE_URL: databaseUrl,
      TEMPORAL_TASK_QUEUE: taskQueue,
      NOTIFICATION_POLL_MS: String(POLL_MS),
      // A claim held by a killed worker is taken over after this long.
      NOTIFICATION_LEASE_MS: '5000',
      CLOSELOOP_OUTBOUND_ALLOW: outboundAllow.join(','),
      ...(smtpPort ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort) } : {}),
    },
    readyTimeoutMs: 30_000,
  });
  return { process: worker, stop: () => worker.stop() };
}
