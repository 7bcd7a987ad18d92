import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import {
  type Viewport,
  launchBrowser,
  newContext,
  overflowsHorizontally,
  recordFirstScreenScripts,
  screenshot,
  seriousViolations,
  signIn,
  signedInPage,
} from '../support/browser';
import { fileItem } from '../support/file-item';
import { createUnits } from '../support/api';
import { hohhotUnits } from '../support/hohhot-units';
import { newPerson } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';
import { workingDaysFromToday } from '../support/test-dates';

/** The sign-in page: in Chinese, accessible, whole at a phone's width, and light enough to load first. */
describe('the sign-in page', () => {
  let stack: RunningStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
    await createUnits(stack.client(stack.adminKey), hohhotUnits('hhht', 'hhht-water', 'hhht-eco'));
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
      const firstScreen = await recordFirstScreenScripts(page, 'input[type="password"]');
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
      const kb = await firstScreen.gzipKb();
      console.log(`sign-in (${viewport}): first screen ${kb.toFixed(1)} KB of scripts gzipped`);
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

  /** A person of 水务局 with a password, set through the invitation as the API offers it. */
  const personWithPassword = (login: string, password: string) =>
    newPerson(stack, 'unit', ['hhht-water'], { name: '赵敏', login, password });

  it('says 账号或密码不正确 for a wrong password, signs in with the right one, and signs out', async () => {
    await personWithPassword('zhaomin', 'zhaomin-2026-water');
    const context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    await page.goto(`${stack.baseUrl}/sign-in`);
    await page.getByLabel('账号').fill('zhaomin');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('账号或密码不正确');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-failed-desktop');

    await signIn(page, stack.baseUrl, 'zhaomin', 'zhaomin-2026-water');
    await page.waitForURL(/\/todo/);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/sign-in/);
    // Signed out: the app's pages send one back to sign in.
    await page.goto(`${stack.baseUrl}/inbox`);
    await page.waitForURL(/\/sign-in\?next=%2Finbox/);
    await context.close();
  }, 120_000);

  it('says how long to wait once the account is locked after five failures', async () => {
    await personWithPassword('qianli', 'qianli-2026-water');
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await page.goto(`${stack.baseUrl}/sign-in`);
    for (let i = 0; i < 6; i++) {
      await page.getByLabel('账号').fill('qianli');
      await page.getByLabel('密码').fill(`wrong-${i}`);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByRole('alert').first().waitFor();
    }
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/登录失败次数过多，请 \d+ 分钟后再试/);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'sign-in-throttled-phone');
    await context.close();
  }, 120_000);

  it('refuses a change made with the session cookie but without its CSRF token: from a script on the page, and from another site’s form', async () => {
    await personWithPassword('sunhao', 'sunhao-2026-water');
    const admin = stack.client(stack.adminKey);
    const plan = { id: 'CSRF', title: '呼和浩特市整改方案', sourceInspection: '自治区督察', ownerUnitId: 'hhht' };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    const item = await fileItem(admin, {
      planCode: 'CSRF',
      code: 'CSRF-1',
      deadline: workingDaysFromToday(20),
      responsibleUnitId: 'hhht-water',
      supervisingUnitId: 'hhht-eco',
    });
    const page = await signedInPage(browser, stack.baseUrl, { login: 'sunhao', password: 'sunhao-2026-water' });
    const acknowledgement = `${stack.baseUrl}/v1/items/${encodeURIComponent(item.id)}/acknowledgement`;

    // A script running in the app's own page (as an injected one would) has the cookie but not the token.
    const sentFromPage = page.waitForRequest((request) => request.url() === acknowledgement);
    const fromPage = await page.evaluate(
      `fetch(${JSON.stringify(acknowledgement)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
        .then(async (answer) => ({ status: answer.status, type: (await answer.json()).type }))`,
    );
    expect(fromPage).toEqual({ status: 403, type: '/problems/csrf-refused' });
    expect(await (await sentFromPage).headerValue('cookie')).toMatch(/\S/);

    // Another site (localhost is not 127.0.0.1's site) whose page submits a form to the API as soon as it opens: the
    // classic forgery, with a body shaped like JSON.
    const attacker = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><form method="post" enctype="text/plain" action="${acknowledgement}">` +
          `<input name='{"x":"' value='"}'></form><script>document.forms[0].submit()</script>`,
      );
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    try {
      const answered = page.waitForResponse((response) => response.url() === acknowledgement);
      await page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
      const answer = await answered;
      // The session cookie (SameSite=Lax) stays home on another site's POST; the API refuses the form anyway.
      expect(await answer.request().headerValue('cookie')).toBeNull();
      expect([401, 403, 415]).toContain(answer.status());
    } finally {
      attacker.close();
    }

    // Nothing changed, and the person is still signed in.
    expect((await admin.GET('/v1/items/{id}', { params: { path: { id: item.id } } })).data!.status).toBe('assigned');
    await page.goto(`${stack.baseUrl}/items/${encodeURIComponent(item.id)}`);
    await page.getByRole('button', { name: '签收' }).waitFor();
    await page.context().close();
  }, 120_000);
});
