import type { Database } from '@closeloop/db';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { ApiDependencies } from '../common.module';
import { createApp } from '../../create-app';
import { createOpenApiDocument } from './openapi-document';

/** The OpenAPI document as committed in `openapi.json`, from an app built on stubs (no database, no Temporal). */
export async function generateOpenApiDocument(): Promise<string> {
  const app = await createApp(stubDependencies(), { logger: false, rateLimitPerMinute: 1 });
  try {
    return `${JSON.stringify(createOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

/** A database and a Temporal client that refuse any I/O: for building the app without servers. */
export function stubDependencies(): ApiDependencies {
  const unused = new Proxy(
    {},
    {
      // Nest probes providers for lifecycle hooks and promises for `then`: those are absent; anything else throws.
      get: (_, name) =>
        typeof name !== 'string' || name === 'then' || /^(on|before)[A-Z]/.test(name)
          ? undefined
          : () => {
              throw new Error(`no I/O while generating OpenAPI (${name})`);
            },
    },
  );
  return { db: unused as Kysely<Database>, temporal: unused as Client, config: { taskQueue: 'openapi' } };
}
