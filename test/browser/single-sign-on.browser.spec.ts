import { readOidcConfig } from '@closeloop/config';
import { freePort } from '@closeloop/stack';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { createUnits } from '../support/api';
import { launchBrowser, newContext, screenshot } from '../support/browser';
import { hohhotUnits } from '../support/hohhot-units';
import { type TestProvider, startTestProvider } from '../support/oidc-provider';
import { type RunningStack, startStack } from '../support/running-stack';

/**
 * 统一身份认证 in the browser: the sign-in page's button goes to a real OpenID provider (oidc-provider in its own
 * process), the person answers its page, and comes back signed in; a person the provider knows but Closeloop does
 * not comes back to the sign-in page, which says why.
 */
describe('single sign-on (统一身份认证) in the browser', () => {
  let stack: RunningStack;
  let provider: TestProvider;
  let browser: Browser;
  const client = { clientId: 'closeloop', clientSecret: randomBytes(16).toString('hex') };
  const wangWu = { subject: 'sso-wangwu', name: '王五', username: 'wangwu' };
  const stranger = { subject: 'sso-stranger', name: '赵六', username: 'zhaoliu' };

  beforeAll(async () => {
    const port = await freePort();
    const callbackUrl = `http://127.0.0.1:${port}/v1/session/oidc/callback`;
    provider = await startTestProvider({ ...client, redirectUri: callbackUrl, accounts: [wangWu, stranger] });
    const oidc = readOidcConfig({
      CLOSELOOP_OIDC_ISSUER_URL: provider.issuer,
      CLOSELOOP_OIDC_CLIENT_ID: client.clientId,
      CLOSELOOP_OIDC_CLIENT_SECRET: client.clientSecret,
      CLOSELOOP_OIDC_REDIRECT_URL: callbackUrl,
    });
    [stack, browser] = await Promise.all([startStack({ port, oidc }), launchBrowser()]);
    const admin = stack.client(stack.adminKey);
    await createUnits(admin, hohhotUnits('hhht', 'hhht-water'));
    const created = await admin.POST('/v1/people', {
      body: { name: wangWu.name, login: 'wangwu', role: 'unit', unitIds: ['hhht-water'], oidcSubject: wangWu.subject },
    });
    expect(created.response.status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await provider?.stop();
  });

  async function throughProvider(username: string) {
    const page = await (await newContext(browser, 'desktop')).newPage();
    await page.goto(`${stack.baseUrl}/sign-in`);
    await page.getByRole('link', { name: '统一身份认证' }).click();
    await page.locator('#username').fill(username);
    await page.getByRole('button', { name: '登录' }).click();
    return page;
  }

  it('signs in the linked person and lands on their first screen', async () => {
    const page = await throughProvider(wangWu.username);
    await page.waitForURL(/\/todo/);
    await page.getByText(wangWu.name).first().waitFor();
    await page.context().close();
  }, 120_000);

  it('sends a person unknown to Closeloop back to the sign-in page, which says so', async () => {
    const page = await throughProvider(stranger.username);
    await page.waitForURL(/\/sign-in\?error=unknown-person/);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('尚未在本系统开通');
    await screenshot(page, 'sign-in-unknown-person-desktop');
    await page.context().close();
  }, 120_000);
});
