import AxeBuilder from '@axe-core/playwright';
import { readBrowserTestSettings } from '@closeloop/config';
import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { type FirstScreen, launchChromium, recordFirstScreen } from '@closeloop/stack/browser';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const root = path.resolve(__dirname, '../..');

/** The two widths every screen is checked at: an office screen and a phone. */
export const viewports = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type Viewport = keyof typeof viewports;

/** The API in-process serves apps/web/dist: the build must have run (`npm run build`). */
export function assertWebAppBuilt(): void {
  if (!existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    throw new Error('apps/web/dist is missing: run `npm run build` (make build) before the browser tests');
  }
}

/** Debian's headless Chromium (scripts/ensure-browser.sh installs it), driven by playwright-core; no browser download. */
export async function launchBrowser(): Promise<Browser> {
  assertWebAppBuilt();
  const settings = readBrowserTestSettings();
  return launchChromium(settings.chromium ?? execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim());
}

/**
 * A fresh browser (its own cookies) at a viewport, in Chinese, on a clock west of UTC: the pages must show dates
 * in Asia/Shanghai whatever the browser's zone.
 */
export async function newContext(browser: Browser, viewport: Viewport): Promise<BrowserContext> {
  return browser.newContext({
    viewport: viewports[viewport],
    locale: 'zh-CN',
    timezoneId: 'America/Los_Angeles',
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    deviceScaleFactor: 1,
  });
}

/** Signs in on the sign-in page with a login and password; resolves on the first screen after it. */
export async function signIn(page: Page, baseUrl: string, login: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('账号').fill(login);
  await page.getByLabel('密码').fill(password);
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/**
 * A page in a fresh browser (its own cookies) at a viewport, that fails the test on any uncaught script error in the
 * page.
 */
export async function openPage(browser: Browser, viewport: Viewport = 'desktop'): Promise<Page> {
  const page = await (await newContext(browser, viewport)).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** Whom a browser signs in as: a login and its password. */
export interface Credentials {
  login: string;
  password: string;
}

/**
 * A fresh page (see `openPage`) signed in as a person on the sign-in page; then at `path` when given, else on the
 * first screen the sign-in led to.
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  person: Credentials,
  { viewport = 'desktop', path }: { viewport?: Viewport; path?: string } = {},
): Promise<Page> {
  const page = await openPage(browser, viewport);
  await signIn(page, baseUrl, person.login, person.password);
  if (path !== undefined) await page.goto(`${baseUrl}${path}`);
  return page;
}

/** No serious or critical axe violation, once antd's motions (drawer, dialog, messages) settle: axe reads colours as drawn. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  expect(await seriousViolations(page)).toEqual([]);
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core on the page as it is: the serious and critical violations (the tests expect none). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact!, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Saves the page as `<name>.png` in the screenshot folder (CLOSELOOP_SCREENSHOTS; make screenshots: docs/screenshots). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve(root, readBrowserTestSettings().screenshotDir);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Whether anything is wider than the viewport (content a phone would have to scroll sideways for). */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  // A string: this project's Node tsconfig has no DOM types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth + 1');
}

/**
 * Records the scripts a page loads from its next navigation and which its first screen waited for: those requested
 * before `content` (a CSS selector) was on the page. `gzipKb()` is their gzipped size, as a server compressing them
 * would send (the same measure as make bench's first screens: @closeloop/stack/browser). Call before `page.goto`.
 */
export function recordFirstScreenScripts(page: Page, content: string): Promise<FirstScreen> {
  return recordFirstScreen(page, content, ['script']);
}
