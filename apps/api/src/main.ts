import 'reflect-metadata';
import { readConfig } from '@closeloop/config';
import { createDb } from '@closeloop/db';
import { Logger } from '@nestjs/common';
import { createApp } from './create-app';
import { connectTemporal } from './temporal-client';

async function main(): Promise<void> {
  const config = readConfig();
  const db = createDb(config.databaseUrl);
  const temporal = await connectTemporal(config.temporalAddress, config.temporalNamespace);
  const app = await createApp({
    db,
    temporal,
    config: {
      taskQueue: config.taskQueue,
      outboundAllow: config.notifications.outboundAllow,
      oidc: config.oidc,
      cookieSecure: config.cookieSecure,
    },
  });
  const shutdown = async () => {
    await app.close();
    await temporal.connection.close();
    await db.destroy();
    process.exit(0);
  };
  // A failed shutdown still ends the process, with the reason logged.
  const onSignal = () => {
    shutdown().catch((error: unknown) => {
      new Logger('main').error(error instanceof Error ? error.stack : String(error));
      process.exit(1);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await app.listen(config.apiPort, config.apiHost);
  new Logger('main').log(`listening on http://${config.apiHost}:${config.apiPort}`);
}

main().catch((error) => {
  // Before the app's JSON logger exists: still one JSON line.
  console.error(JSON.stringify({ time: new Date().toISOString(), level: 'fatal', msg: String(error?.stack ?? error) }));
  process.exit(1);
});
