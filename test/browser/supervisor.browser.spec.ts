import type { Schemas } from '@closeloop/api-client';
import type { Browser } from 'playwright-core';
import type { ApiClient } from '../support/api';
import { expectAccessible, launchBrowser, overflowsHorizontally, screenshot, signedInPage } from '../support/browser';
import { fileDepartmentItems, issueDepartmentPlan, planDates } from '../support/department-plan';
import { newPerson } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';

/**
 * The supervising unit (生态环境局) in the browser, signed in as a person: 待审核 lists what waits for it; it approves
 * an extension request, rejects a closure with a reason and then accepts it.
 */
describe('a supervising unit (监督单位) in the browser', () => {
  // Item ids (hence workflow ids) derive from the plan and item codes: a code of its own beside the other specs.
  const PLAN = 'HHHT-2021';
  const supervisor = { name: '李督导', login: 'lidd', password: 'huanjing-2026-hhht' };
  let stack: RunningStack;
  let browser: Browser;
  let admin: ApiClient;
  let unit: ApiClient;
  let item: Schemas['ItemView'];

  const on = () => ({ params: { path: { id: item.id } } });

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
    admin = stack.client(stack.adminKey);
    await issueDepartmentPlan(admin, PLAN);
    await newPerson(stack, 'supervisor', ['hhht-eco'], supervisor);
    item = (await fileDepartmentItems(admin, PLAN)).river;
    // The department's side through the API: acknowledged, an extension asked for.
    unit = stack.client(await stack.keyFor('unit', ['hhht-water']));
    expect((await unit.POST('/v1/items/{id}/acknowledgement', { ...on(), body: {} })).response.status).toBe(200);
    const asked = await unit.POST('/v1/items/{id}/extension-requests', {
      ...on(),
      body: { proposedDeadline: planDates.extended, reason: '受汛期影响，施工无法按期完成' },
    });
    expect(asked.response.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('approves the extension from 待审核; the deadline moves and the queue empties', async () => {
    const page = await signedInPage(browser, stack.baseUrl, supervisor);
    await page.waitForURL(/\/review/);
    await page.getByRole('link', { name: `${PLAN}-1` }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'review-desktop');

    await page.getByRole('link', { name: `${PLAN}-1` }).click();
    await page.getByRole('button', { name: '审核延期申请' }).click();
    const dialog = page.getByRole('dialog', { name: '审核延期申请' });
    await dialog.getByText('受汛期影响，施工无法按期完成').waitFor();
    await dialog.getByRole('button', { name: '提交审核意见' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-card', { hasText: '办理过程' }).getByText('延期获批').waitFor();
    expect(await page.getByText(`${supervisor.name}（呼和浩特市生态环境局）`).count()).toBe(1);

    await page.goto(`${stack.baseUrl}/review`);
    await page.getByText('暂无待审核的延期申请').waitFor();
    const after = (await admin.GET('/v1/items/{id}', on())).data!;
    expect(after).toMatchObject({ deadline: planDates.extended, pendingExtension: null });
    await page.context().close();
  }, 120_000);

  it('rejects a closure with a reason, then accepts the next one: closed', async () => {
    const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/hhht/river-after.jpg', name: '整改后现场照片' };
    expect((await unit.POST('/v1/items/{id}/closure-requests', { ...on(), body: { evidence: [photo] } })).response.status).toBe(200);

    const page = await signedInPage(browser, stack.baseUrl, supervisor, { viewport: 'phone', path: '/review?queue=closure' });
    await page.getByRole('link', { name: `${PLAN}-1` }).waitFor();
    await expectAccessible(page);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'review-phone');

    await page.getByRole('link', { name: `${PLAN}-1` }).click();
    // The evidence to check, with a link to where it is kept.
    expect(await page.getByRole('link', { name: '整改后现场照片' }).getAttribute('href')).toBe(photo.ref);
    await page.getByRole('button', { name: '验收' }).click();
    let dialog = page.getByRole('dialog', { name: '验收' });
    await dialog.getByLabel('验收不通过').check();
    await dialog.getByRole('button', { name: '提交验收结论' }).click();
    await dialog.getByText('验收不通过须写明理由').waitFor();
    await dialog.getByLabel('不通过的理由（每行一条）').fill('排污口标识牌未设置\n监测台账不完整');
    await dialog.getByRole('button', { name: '提交验收结论' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('理由：排污口标识牌未设置；监测台账不完整').waitFor();

    // The department applies again; this time it is accepted.
    expect((await unit.POST('/v1/items/{id}/closure-requests', { ...on(), body: { evidence: [photo] } })).response.status).toBe(200);
    await page.reload();
    await page.getByRole('button', { name: '验收' }).click();
    dialog = page.getByRole('dialog', { name: '验收' });
    await dialog.getByRole('button', { name: '提交验收结论' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-card', { hasText: '办理过程' }).getByText('验收通过').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'verified-phone');
    expect((await admin.GET('/v1/items/{id}', on())).data!.status).toBe('closed');
    await page.context().close();
  }, 120_000);
});
