import type { Browser } from 'playwright-core';
import {
  type Viewport,
  launchBrowser,
  newContext,
  overflowsHorizontally,
  recordScripts,
  screenshot,
  seriousViolations,
} from '../support/browser';
import { type RunningStack, startStack } from '../support/running-stack';

/** The sign-in page: in Chinese, accessible, whole at a phone's width, and light enough to load first. */
describe('the sign-in page', () => {
  let stack: RunningStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it.each<Viewport>(['desktop', 'phone'])(
    'renders in Chinese at %s width, with no serious or critical axe violation',
    async (viewport) => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const scripts = recordScripts(page);
      // The app's root: not signed in, it goes to the sign-in page.
      await page.goto(`${stack.baseUrl}/`);
      await page.waitForURL(/\/sign-in/);
      await page.getByLabel('账号').waitFor();

      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('闭环');
      await expect(page.getByLabel('密码').isVisible()).resolves.toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await overflowsHorizontally(page)).toBe(false);
      await screenshot(page, `sign-in-${viewport}`);

      // Performance budget (issue 14): the first screen's JavaScript ≤ 400 KB gzipped.
      await page.waitForLoadState('networkidle');
      const kb = scripts.gzipKb();
      console.log(`sign-in (${viewport}): ${scripts.urls.length} scripts, ${kb.toFixed(1)} KB gzipped`);
      expect(kb).toBeLessThanOrEqual(400);
      await context.close();
    },
    120_000,
  );

  it('says why single sign-on sent the person back', async () => {
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    await page.goto(`${stack.baseUrl}/sign-in?error=unknown-person`);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('尚未在本系统开通');
    await page.goto(`${stack.baseUrl}/sign-in?error=oidc-refused`);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('统一身份认证未通过');
    await context.close();
  }, 120_000);
});
