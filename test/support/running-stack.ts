import { createApp, ensurePrincipal, generateApiKey } from '@closeloop/api';
import { createItemWorker, bundleItemWorkflows } from '@closeloop/worker';
import type { Role } from '@closeloop/domain';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, DefaultLogger, type Worker } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type TestDatabase, createTestDatabase } from './test-database';

export interface RunningStack {
  baseUrl: string;
  database: TestDatabase;
  taskQueue: string;
  adminKey: string;
  /** Creates a principal and returns its API key. */
  keyFor(role: Role, unitIds?: string[]): Promise<string>;
  stop(): Promise<void>;
}

let runtimeInstalled = false;

/** The real thing in one process: API on a free port, a worker on its own task queue, the real Temporal and PostgreSQL. */
export async function startStack(): Promise<RunningStack> {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run the tests with `make test`');
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const database = await createTestDatabase();
  const taskQueue = `test-${randomBytes(4).toString('hex')}`;
  const workerConnection = await NativeConnection.connect({ address });
  const worker: Worker = await createItemWorker({
    connection: workerConnection,
    namespace: 'default',
    taskQueue,
    db: database.db,
    workflowBundle: await bundleItemWorkflows({ sourceCondition: true }),
  });
  const running = worker.run();
  const clientConnection = await Connection.connect({ address });
  const temporal = new Client({ connection: clientConnection, namespace: 'default' });
  const app: INestApplication = await createApp({ db: database.db, temporal, config: { taskQueue } }, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;

  const keyFor = async (role: Role, unitIds: string[] = []) => {
    const key = generateApiKey();
    await ensurePrincipal(database.db, { name: `${role} ${unitIds.join(',')}`, role, unitIds, key });
    return key;
  };

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    taskQueue,
    adminKey: await keyFor('admin'),
    keyFor,
    async stop() {
      await app.close();
      worker.shutdown();
      await running;
      await clientConnection.close();
      await workerConnection.close();
      await database.drop();
    },
  };
}
