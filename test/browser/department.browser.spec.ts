import type { Schemas } from '@closeloop/api-client';
import type { Browser, Response } from 'playwright-core';
import type { ApiClient } from '../support/api';
import {
  type Viewport,
  expectAccessible,
  launchBrowser,
  openPage,
  overflowsHorizontally,
  recordFirstScreenScripts,
  screenshot,
  signedInPage,
} from '../support/browser';
import { fileDepartmentItems, issueDepartmentPlan, planDates } from '../support/department-plan';
import { fileItem } from '../support/file-item';
import { type RunningStack, startStack } from '../support/running-stack';
import { until } from '../support/until';

type Items = Record<'river' | 'dust' | 'straw', Schemas['ItemView']>;

/**
 * A department's day in the browser, signed in as a person of 呼和浩特市水务局 created through the API: the
 * invitation, 我的待办, the item page, 签收, 进展填报 with a milestone, 申请延期; the timeline names the person.
 */
describe('a department (责任单位) in the browser', () => {
  // Item ids (hence workflow ids) derive from the plan and item codes: a code of its own beside the other specs.
  const PLAN = 'HHHT-2019';
  const person = { name: '王小明', login: 'wangxm', password: 'shuiwu-2026-hhht' };
  let stack: RunningStack;
  let browser: Browser;
  let admin: ApiClient;
  let items: Items;
  let invitationUrl: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
    admin = stack.client(stack.adminKey);
    await issueDepartmentPlan(admin, PLAN);
    // The person first: the items' assignment notices reach the unit's people as they are filed.
    const created = await admin.POST('/v1/people', {
      body: { name: person.name, login: person.login, role: 'unit', unitIds: ['hhht-water'] },
    });
    expect(created.response.status).toBe(201);
    invitationUrl = created.data!.invitation.url;
    items = await fileDepartmentItems(admin, PLAN);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('sets a password from the invitation link, and lands on 我的待办 with the unit’s items', async () => {
    const page = await openPage(browser);
    await page.goto(`${stack.baseUrl}${invitationUrl}`);
    await page.getByText(person.login).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'invitation-desktop');
    await page.getByLabel('新密码', { exact: true }).fill(person.password);
    await page.getByLabel('确认新密码').fill(person.password);
    await page.getByRole('button', { name: '设置密码并登录' }).click();

    await page.waitForURL(/\/todo/);
    await page.getByRole('link', { name: `${PLAN}-1` }).waitFor();
    expect(await page.getByRole('link', { name: `${PLAN}-2` }).isVisible()).toBe(true);
    // Another unit's item is not on the list.
    expect(await page.getByRole('link', { name: `${PLAN}-3` }).count()).toBe(0);
    expect(await page.getByText(person.name).first().isVisible()).toBe(true);
    expect(await page.getByText('呼和浩特市水务局').first().isVisible()).toBe(true);
    // Two items assigned: two unread notices in the header.
    await expect(page.getByRole('link', { name: '消息，2 条未读' }).waitFor()).resolves.toBeUndefined();
    await page.context().close();
  }, 120_000);

  it.each<Viewport>(['desktop', 'phone'])(
    'shows 我的待办 at %s width: in Chinese, accessible, nothing wider than the screen, first screen ≤ 400 KB of JS',
    async (viewport) => {
      const signingIn = await signedInPage(browser, stack.baseUrl, person, { viewport });
      // The first screen of a person already signed in: 我的待办 loaded afresh (its cookie kept).
      const page = await signingIn.context().newPage();
      const firstScreen = await recordFirstScreenScripts(page, 'a[href^="/items/"]');
      await page.goto(`${stack.baseUrl}/todo`);
      await page.getByText('黄河流域入河排污口整治不到位').first().waitFor();
      await page.waitForLoadState('networkidle');
      const kb = await firstScreen.gzipKb();
      console.log(`我的待办 (${viewport}): first screen ${kb.toFixed(1)} KB of scripts gzipped`);
      expect(kb).toBeLessThanOrEqual(400);
      await expectAccessible(page);
      expect(await overflowsHorizontally(page)).toBe(false);
      await screenshot(page, `todo-${viewport}`);

      // The filters live in the URL: a search, then a reload shows the same list.
      await page.getByLabel('搜索编号、问题或目标').fill('扬尘');
      await page.getByLabel('搜索编号、问题或目标').press('Enter');
      await page.waitForURL(/q=/);
      await page.reload();
      await page.getByText('城区建筑工地扬尘管控不严').first().waitFor();
      expect(await page.getByText('黄河流域入河排污口整治不到位').count()).toBe(0);

      if (viewport === 'phone') {
        await page.getByRole('button', { name: '打开菜单' }).click();
        await page.getByRole('dialog').getByText('消息').waitFor();
        await expectAccessible(page);
        await screenshot(page, 'menu-phone');
      }
      await page.context().close();
    },
    120_000,
  );

  it('acknowledges, reports progress with a milestone, and requests an extension; the timeline names the person', async () => {
    const page = await signedInPage(browser, stack.baseUrl, person);
    await page.getByRole('link', { name: `${PLAN}-1` }).click();
    await page.waitForURL(new RegExp(`/items/${items.river.id}`));
    await page.getByRole('heading', { name: /黄河流域入河排污口整治不到位/ }).waitFor();
    await expectAccessible(page);

    // 签收
    await page.getByRole('button', { name: '签收' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '签收' }).click();
    await page.getByRole('button', { name: '进展填报' }).waitFor();

    // 进展填报 with the milestone reached
    await page.getByRole('button', { name: '进展填报' }).click();
    const report = page.getByRole('dialog', { name: '进展填报' });
    await report.getByLabel('整改进度（%）').fill('40');
    await report.getByLabel('整治完成率（%）').fill('62.5');
    await report.getByLabel(/完成排查建档/).check();
    await report.getByLabel('进展说明').fill('已完成全部入河排污口排查建档，共排查128个');
    await expectAccessible(page);
    await screenshot(page, 'progress-form-desktop');
    await report.getByRole('button', { name: '提交' }).click();
    await report.waitFor({ state: 'hidden' });
    await page.getByText('进度 40%').first().waitFor();

    // 申请延期: without a date the form says so beside the field; then sent
    await page.getByRole('button', { name: '申请延期' }).click();
    const extension = page.getByRole('dialog', { name: '申请延期' });
    await extension.getByLabel('延期理由').fill('受汛期影响，施工无法按期完成');
    await extension.getByRole('button', { name: '提交申请' }).click();
    await extension.getByText('请选择申请延至的日期').waitFor();
    await extension.getByLabel('申请延至').fill(planDates.extended);
    await extension.getByLabel('申请延至').press('Enter');
    await extension.waitFor({ state: 'hidden' });
    await page.getByText(/申请延至 .*，待督导单位审核/).waitFor();

    // The timeline: who (the person's name and unit), what, why.
    const timeline = page.locator('.ant-card', { hasText: '办理过程' });
    await timeline.getByText('申请延期').waitFor();
    for (const what of ['签收', '进展填报', '申请延期', '建档立案'])
      expect(await timeline.getByText(what, { exact: true }).count()).toBe(1);
    expect(await timeline.getByText(`${person.name}（呼和浩特市水务局）`).count()).toBe(3);
    expect(await timeline.getByText('理由：受汛期影响，施工无法按期完成').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'item-desktop');

    // What the API recorded.
    const item = (await admin.GET('/v1/items/{id}', { params: { path: { id: items.river.id } } })).data!;
    expect(item).toMatchObject({ status: 'in_progress', percent: 40, indicatorValue: 62.5, milestones: [{ id: 'm1', reached: true }] });
    expect(item.pendingExtension).toMatchObject({ proposedDeadline: planDates.extended, reason: '受汛期影响，施工无法按期完成' });
    const events = (await admin.GET('/v1/items/{id}/events', { params: { path: { id: items.river.id } } })).data!.items;
    expect(events.filter((e) => e.metadata.actorName === person.name).map((e) => e.type)).toEqual([
      'ItemAcknowledged',
      'ProgressReported',
      'ExtensionRequested',
    ]);
    await page.context().close();
  }, 120_000);

  it('shows the item page at a phone’s width, whole and accessible', async () => {
    const page = await signedInPage(browser, stack.baseUrl, person, { viewport: 'phone', path: `/items/${items.river.id}` });
    await page.getByText('办理过程').waitFor();
    await page.getByText('申请延期').first().waitFor();
    await expectAccessible(page);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'item-phone');
    await page.context().close();
  }, 120_000);

  it('says so and reloads when someone else acted first (412)', async () => {
    const page = await signedInPage(browser, stack.baseUrl, person, { path: `/items/${items.dust.id}` });
    await page.getByRole('button', { name: '签收' }).waitFor();
    // Meanwhile an admin acknowledges it for the unit: the page's version is stale.
    const acted = await admin.POST('/v1/items/{id}/acknowledgement', { params: { path: { id: items.dust.id } }, body: {} });
    expect(acted.response.status).toBe(200);
    await page.getByRole('button', { name: '签收' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '签收' }).click();
    await page.getByText('他人已先行操作，已刷新').waitFor();
    // Reloaded: the item is in progress now, so the page offers the next steps.
    await page.getByRole('button', { name: '进展填报' }).waitFor();
    await page.context().close();
  }, 120_000);

  it('marks a notice read in 消息, and the header counts one fewer', async () => {
    const page = await signedInPage(browser, stack.baseUrl, person);
    await page.getByRole('link', { name: /^消息/ }).first().click();
    await page.waitForURL(/\/inbox/);
    await page.getByText(`新整改任务：【${PLAN}-1】黄河流域入河排污口整治不到位`).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'inbox-desktop');
    await page.getByRole('button', { name: '标记已读' }).first().click();
    await page.getByRole('link', { name: '消息，1 条未读' }).waitFor();
    await page.context().close();
  }, 120_000);

  it('shows 无权访问或不存在 for another unit’s item opened by URL (the API answered 404)', async () => {
    const page = await signedInPage(browser, stack.baseUrl, person);
    const answer: Promise<Response> = page.waitForResponse((r) => r.url().endsWith(`/v1/items/${items.straw.id}`));
    await page.goto(`${stack.baseUrl}/items/${items.straw.id}`);
    expect([403, 404]).toContain((await answer).status());
    await page.getByText('无权访问或不存在').waitFor();
    expect(await page.getByText('秸秆').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'refused-desktop');
    await page.context().close();
  }, 120_000);

  it('answers an objection raised during the public notice; the timeline keeps the answer beside it, and the supervising unit hears of it', async () => {
    // Last: its notices would change the unread counts the tests above read. A plan whose closures are published for
    // 10 days (公示); the 12345 hotline's system relays a complaint as an objection.
    const noticePlan = `${PLAN}-GS`;
    const plan = {
      id: noticePlan,
      title: '呼和浩特市整改方案（销号公示）',
      sourceInspection: '自治区第一生态环境保护督察组',
      ownerUnitId: 'hhht',
      policy: { reportEvery: 'P1M', publicNoticePeriod: 'P10D', revisitAfter: ['P3M'] },
    };
    expect((await admin.POST('/v1/plans', { body: plan })).response.status).toBe(201);
    const filed = await fileItem(admin, {
      planCode: noticePlan,
      code: '1',
      title: '城区黑臭水体返黑返臭',
      deadline: planDates.deadline,
      responsibleUnitId: 'hhht-water',
      supervisingUnitId: 'hhht-eco',
    });
    const on = { params: { path: { id: filed.id } } };
    // The supervising bureau's system: notices go to whoever is there when the event is recorded.
    const eco = stack.client(await stack.keyFor('supervisor', ['hhht-eco']));
    const water = stack.client(await stack.keyFor('unit', ['hhht-water']));
    expect((await water.POST('/v1/items/{id}/acknowledgement', { ...on, body: {} })).response.status).toBe(200);
    const photo = { kind: 'photo', ref: 'https://files.example.gov.cn/hhht/canal-after.jpg', name: '整治后照片' };
    expect((await water.POST('/v1/items/{id}/closure-requests', { ...on, body: { evidence: [photo] } })).response.status).toBe(200);
    const complaint = '群众反映东河段夜间仍有异味';
    const hotline = stack.client(await stack.keyFor('integrator', ['hhht']));
    expect((await hotline.POST('/v1/items/{id}/objections', { ...on, body: { reason: complaint } })).response.status).toBe(200);

    const page = await signedInPage(browser, stack.baseUrl, person, { path: `/items/${filed.id}` });
    await page.getByRole('button', { name: '答复异议' }).click();
    const dialog = page.getByRole('dialog', { name: '答复异议' });
    await dialog.getByText(complaint).waitFor();
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await dialog.getByText('请填写答复意见').waitFor();
    const answer = '经夜间排查，系雨污混接井溢流所致，已完成封堵并连续三日监测达标';
    await dialog.getByLabel('答复意见').fill(answer);
    await expectAccessible(page);
    await screenshot(page, 'objection-answer-desktop');
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // On the timeline: the answer, the objection it answers, and who gave it; nothing left to answer.
    const timeline = page.locator('.ant-card', { hasText: '办理过程' });
    await timeline.getByText(`针对异议“${complaint}”：${answer}`).waitFor();
    expect(await timeline.getByText(`${person.name}（呼和浩特市水务局）`).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: '答复异议' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'objection-answered-desktop');
    const phone = await signedInPage(browser, stack.baseUrl, person, { viewport: 'phone', path: `/items/${filed.id}` });
    await phone.getByText(`针对异议“${complaint}”：${answer}`).waitFor();
    expect(await overflowsHorizontally(phone)).toBe(false);
    await expectAccessible(phone);
    await screenshot(phone, 'objection-answered-phone');
    await phone.context().close();

    const events = (await admin.GET('/v1/items/{id}/events', on)).data!.items;
    expect(events.at(-1)).toMatchObject({
      type: 'ObjectionAnswered',
      data: { objection: complaint, answer },
      metadata: { actorName: person.name, role: 'unit' },
    });
    // Notices are sent by the worker, after the event: polled for.
    const heard = await until('the supervising unit’s notice of the answer', async () => {
      const inbox = (await eco.GET('/v1/inbox', { params: { query: { limit: 100 } } })).data!.items;
      return inbox.find((n) => n.title === `异议已答复：【${noticePlan}-1】城区黑臭水体返黑返臭`);
    });
    expect(heard.body).toBe(answer);
    await page.context().close();
  }, 120_000);
});
