import type * as OpenIdClient from 'openid-client';

export type OpenIdClientModule = typeof OpenIdClient;

let loaded: OpenIdClientModule | undefined;

/**
 * openid-client, loaded at its first use, so an API without OIDC never loads it. It is ESM-only: Node (≥ 20.19)
 * require()s ES modules; Jest's module loader does not (nor import() without --experimental-vm-modules), so
 * jest.config.js compiles openid-client and its ESM dependencies to CommonJS for the tests.
 */
export function openIdClient(): OpenIdClientModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require; see above
  loaded ??= require('openid-client') as OpenIdClientModule;
  return loaded;
}
