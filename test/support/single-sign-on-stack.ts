import { readOidcConfig } from '@closeloop/config';
import { freePort } from '@closeloop/stack';
import { expect } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createUnits } from './api';
import { hohhotUnits } from './hohhot-units';
import { type TestProvider, startTestProvider } from './oidc-provider';
import { type RunningStack, startStack } from './running-stack';

/** 王五: known to the provider and linked to a person of 水务局 in Closeloop. */
export const wangWu = { subject: 'sso-wangwu', name: '王五', username: 'wangwu' };
/** 赵六: known to the provider only. */
export const stranger = { subject: 'sso-stranger', name: '赵六', username: 'zhaoliu' };

export interface SingleSignOnStack {
  stack: RunningStack;
  provider: TestProvider;
  /** The API's callback, where the provider sends the browser back. */
  callbackUrl: string;
  stop(): Promise<void>;
}

/**
 * A stack whose API signs people in through a real OpenID provider (oidc-provider in its own process), configured
 * as CLOSELOOP_OIDC_* would configure it, with 王五 linked to a person and 赵六 unknown to Closeloop.
 */
export async function startSingleSignOnStack(): Promise<SingleSignOnStack> {
  const client = { clientId: 'closeloop', clientSecret: randomBytes(16).toString('hex') };
  const port = await freePort();
  const callbackUrl = `http://127.0.0.1:${port}/v1/session/oidc/callback`;
  const provider = await startTestProvider({ ...client, redirectUri: callbackUrl, accounts: [wangWu, stranger] });
  const oidc = readOidcConfig({
    CLOSELOOP_OIDC_ISSUER_URL: provider.issuer,
    CLOSELOOP_OIDC_CLIENT_ID: client.clientId,
    CLOSELOOP_OIDC_CLIENT_SECRET: client.clientSecret,
    CLOSELOOP_OIDC_REDIRECT_URL: callbackUrl,
  });
  const stack = await startStack({ port, oidc });
  const admin = stack.client(stack.adminKey);
  await createUnits(admin, hohhotUnits('hhht', 'hhht-water'));
  const created = await admin.POST('/v1/people', {
    body: { name: wangWu.name, login: 'wangwu', role: 'unit', unitIds: ['hhht-water'], oidcSubject: wangWu.subject },
  });
  expect(created.response.status).toBe(201);
  return {
    stack,
    provider,
    callbackUrl,
    async stop() {
      await stack.stop();
      await provider.stop();
    },
  };
}
