import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../support/api';
import {
  type Viewport,
  launchBrowser,
  newContext,
  overflowsHorizontally,
  recordScripts,
  screenshot,
  seriousViolations,
  signIn,
} from '../support/browser';
import { fileDepartmentItems, issueDepartmentPlan } from '../support/department-plan';
import { newPerson } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';

/**
 * A leader (领导) of the plan's owner, 呼和浩特市人民政府, in the browser: the cockpit's numbers lead to the items
 * behind them, an item moves when its department acts, and an escalation by hand gets the document number the
 * confirmation showed, on the item's timeline.
 */
describe('a leader (领导) in the browser', () => {
  // Item ids (hence workflow ids) derive from the plan and item codes: a code of its own beside the other specs.
  const PLAN = 'HHHT-2022';
  let stack: RunningStack;
  let browser: Browser;
  let admin: ApiClient;
  let leader: { login: string; password: string };
  let items: Awaited<ReturnType<typeof fileDepartmentItems>>;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
    admin = stack.client(stack.adminKey);
    await issueDepartmentPlan(admin, PLAN);
    leader = await newPerson(stack, 'leader', ['hhht'], { name: '赵市长', login: 'zhaosz' });
    items = await fileDepartmentItems(admin, PLAN);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function open(viewport: Viewport): Promise<Page> {
    const page = await (await newContext(browser, viewport)).newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  async function expectAccessible(page: Page): Promise<void> {
    await page.waitForTimeout(400);
    expect(await seriousViolations(page)).toEqual([]);
  }

  /** The number a cockpit figure shows (its link's accessible name: `待签收 3 项，查看明细`). */
  const figure = (page: Page, label: string) => page.getByRole('link', { name: new RegExp(`^${label} \\d+ 项，查看明细$`) });
  const countOf = async (page: Page, label: string) => Number(await figure(page, label).innerText());

  it('sees the plan on the cockpit; an item moves when its department acts; a number drills down to its items', async () => {
    const page = await open('desktop');
    await signIn(page, stack.baseUrl, leader.login, leader.password);
    await page.waitForURL(/\/cockpit/);
    await figure(page, '待签收').waitFor();
    expect(await countOf(page, '整改任务')).toBe(3);
    expect(await countOf(page, '待签收')).toBe(3);
    expect(await countOf(page, '整改中')).toBe(0);

    // 水务局 signs for the river item: on the cockpit it moves from 待签收 to 整改中.
    const water = stack.client(await stack.keyFor('unit', ['hhht-water']));
    const acknowledged = await water.POST('/v1/items/{id}/acknowledgement', { params: { path: { id: items.river.id } }, body: {} });
    expect(acknowledged.response.status).toBe(200);
    await page.getByRole('button', { name: '刷新' }).click();
    await page.getByRole('link', { name: '整改中 1 项，查看明细' }).waitFor();
    expect(await countOf(page, '待签收')).toBe(2);

    // The first screen of a leader signed in: the cockpit loaded afresh, ECharts with it (its own chunk).
    const fresh = await page.context().newPage();
    const scripts = recordScripts(fresh);
    await fresh.goto(`${stack.baseUrl}/cockpit?plan=${PLAN}`);
    await fresh.getByRole('img', { name: /近12周趋势/ }).waitFor();
    await fresh.locator('canvas').first().waitFor();
    await fresh.waitForLoadState('networkidle');
    const echarts = scripts.urls.filter((url) => url.includes('echarts'));
    console.log(`领导驾驶舱: ${scripts.urls.length} scripts, ${scripts.gzipKb().toFixed(1)} KB gzipped with ECharts`);
    expect(echarts).toHaveLength(1);
    await expectAccessible(fresh);
    await screenshot(fresh, 'cockpit-desktop');
    await fresh.close();

    // 待签收's number leads to exactly those items.
    const waiting = await countOf(page, '待签收');
    await figure(page, '待签收').click();
    await page.waitForURL(/\/cockpit\/items\?plan=HHHT-2022&status=assigned/);
    await page.getByRole('heading', { name: '待签收' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(waiting);
    expect(await page.getByRole('link', { name: `${PLAN}-1` }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'cockpit-items-desktop');
    await page.context().close();
  }, 180_000);

  it('escalates an item by hand: the confirmation shows the document number, and the timeline records it', async () => {
    const page = await open('desktop');
    await signIn(page, stack.baseUrl, leader.login, leader.password);
    await page.goto(`${stack.baseUrl}/items/${items.dust.id}`);
    await page.getByRole('button', { name: '升级督办' }).click();
    const dialog = page.getByRole('dialog', { name: '升级督办' });
    await dialog.getByLabel('升级为').click();
    await page.locator('.ant-select-item-option[title="督办"]').click();
    await dialog.getByLabel('升级理由').fill('扬尘整治进展缓慢，群众反映强烈');
    await dialog.getByRole('button', { name: '下一步' }).click();

    const confirm = page.getByRole('dialog', { name: '确认升级' });
    const number = (await confirm.getByTestId('preview-document-number').innerText()).trim();
    expect(number).toMatch(/^督办〔\d{4}〕\d+号$/);
    await confirm.getByText('文号可能顺延').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'escalation-confirm-desktop');
    await confirm.getByRole('button', { name: '确认升级' }).click();
    await confirm.waitFor({ state: 'hidden' });

    const timeline = page.locator('.ant-card', { hasText: '办理过程' });
    await timeline.getByText(`文号 ${number}`).waitFor();
    await timeline.getByText('升级：督办').waitFor();
    await timeline.getByText('理由：扬尘整治进展缓慢，群众反映强烈').waitFor();
    expect((await admin.GET('/v1/items/{id}', { params: { path: { id: items.dust.id } } })).data!.escalation).toMatchObject({
      level: 'supervision',
      documentNumbers: [number],
    });

    // On the cockpit the item is on the 督办 rung.
    await page.goto(`${stack.baseUrl}/cockpit?plan=${PLAN}`);
    await page.getByRole('link', { name: '督办 1 项，查看明细' }).waitFor();
    await page.context().close();
  }, 180_000);

  it('shows the cockpit at a phone’s width: nothing wider than the screen, accessible', async () => {
    const page = await open('phone');
    await signIn(page, stack.baseUrl, leader.login, leader.password);
    await figure(page, '待签收').waitFor();
    await page.locator('canvas').first().waitFor();
    await expectAccessible(page);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'cockpit-phone');
    await page.context().close();
  }, 180_000);
});
