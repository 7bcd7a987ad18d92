import type { Browser } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from '../support/browser';
import type { RunningStack } from '../support/running-stack';
import { type SingleSignOnStack, startSingleSignOnStack, stranger, wangWu } from '../support/single-sign-on-stack';

/**
 * 统一身份认证 in the browser: the sign-in page's button goes to a real OpenID provider (oidc-provider in its own
 * process), the person answers its page, and comes back signed in; a person the provider knows but Closeloop does
 * not comes back to the sign-in page, which says why.
 */
describe('single sign-on (统一身份认证) in the browser', () => {
  let sso: SingleSignOnStack;
  let stack: RunningStack;
  let browser: Browser;

  beforeAll(async () => {
    [sso, browser] = await Promise.all([startSingleSignOnStack(), launchBrowser()]);
    stack = sso.stack;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await sso?.stop();
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

  it('brings a person who cancels at the provider back to the sign-in page, which says sign-in was refused', async () => {
    const page = await (await newContext(browser, 'desktop')).newPage();
    await page.goto(`${stack.baseUrl}/sign-in`);
    await page.getByRole('link', { name: '统一身份认证' }).click();
    await page.getByRole('button', { name: '取消/Cancel' }).click();
    await page.waitForURL(/\/sign-in\?error=oidc-refused/);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('统一身份认证未通过');
    // Not signed in: the app's pages still send one to sign in.
    await page.goto(`${stack.baseUrl}/todo`);
    await page.waitForURL(/\/sign-in\?next=%2Ftodo/);
    await page.context().close();
  }, 120_000);
});
