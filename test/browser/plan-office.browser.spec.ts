import type { ApiClient } from '@closeloop/api-client';
import { seedCalendarIfEmpty } from '@closeloop/calendar';
import { calendarYears } from '@closeloop/domain';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUnits } from '../support/api';
import {
  type Viewport,
  launchBrowser,
  newContext,
  overflowsHorizontally,
  screenshot,
  seriousViolations,
  signIn,
  signedInPage,
} from '../support/browser';
import { type NewPerson, newPerson } from '../support/people';
import { type RunningStack, startStack } from '../support/running-stack';
import { todayInShanghai } from '../support/test-dates';
import { hohhotFixtureUnits } from '../support/hohhot-units';
import { countItems } from '../support/test-database';

dayjs.extend(utc);
dayjs.extend(timezone);

const fixture = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(__dirname, '../fixtures', name)) });

/**
 * The first year after this one whose holidays the stack's calendar does not have: the API seeds it from the
 * chinese-days package, which ships each year's holidays once the State Council announces them.
 */
async function firstYearWithoutHolidays(client: ApiClient): Promise<number> {
  for (let year = Number(todayInShanghai().slice(0, 4)) + 1; year <= calendarYears.last; year++) {
    const { data, response } = await client.GET('/v1/calendar/{year}', { params: { path: { year } } });
    if (response.status !== 200) throw new Error(`GET /v1/calendar/${year}: ${response.status}`);
    if (data!.holidays.length === 0) return year;
  }
  throw new Error(`every year up to ${calendarYears.last} has holidays`);
}

/** Until no finite animation runs (polled from here: the app's CSP refuses waitForFunction's eval). */
async function settled(page: Page): Promise<void> {
  const still = "document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity)";
  for (let i = 0; i < 50 && (await page.evaluate<boolean>(still)); i++) await page.waitForTimeout(50);
}

/**
 * The plan office (方案管理), signed in as an admin person: the organisation tree, an API key shown once, rotated and
 * revoked; a person invited by a one-time link (which signs them in), invited again, disabled and enabled; a plan issued and its spreadsheet imported — a file with bad rows is checked, shown row by row and
 * writes nothing, the Hohhot fixture then imports; the ledger downloads as XLSX and CSV; the first year without holidays in the calendar
 * gets a holiday and re-plans the items. Every screen without serious or critical axe violations, at a desk and
 * at a phone's width.
 */
describe('the plan office', () => {
  let stack: RunningStack;
  let browser: Browser;
  let admin: NewPerson;
  let context: BrowserContext;
  let page: Page;
  /** The year whose calendar the plan office enters: its New Year's Day, as the calendar's buttons and dialog name it. */
  let unseeded: { year: number; day: string; dialog: string; summary: string };

  const itemCount = () => countItems(stack.database.db);

  /** The screen as it stands: no serious or critical axe violation, nothing wider than the viewport, a screenshot. */
  const check = async (on: Page, name: string, viewport: Viewport = 'desktop') => {
    // A dialog fading in is half transparent: axe would measure its contrast mid-way. Endless ones (a spinner) aside.
    await settled(on);
    expect({ name, violations: await seriousViolations(on) }).toEqual({ name, violations: [] });
    expect({ name, overflows: await overflowsHorizontally(on) }).toEqual({ name, overflows: false });
    await screenshot(on, `admin-${name}-${viewport}`);
  };
  const dialog = (name: string | RegExp) => page.getByRole('dialog', { name });
  /** A choice of several units keeps its list open: a click on the dialog's title closes it. */
  const closeList = (form: ReturnType<typeof dialog>) => form.locator('.ant-modal-title').click();
  /** An option of the select (or unit tree) whose list is open. */
  const choose = (title: string) =>
    page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(title, { exact: true }).click();

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
    await createUnits(stack.client(stack.adminKey), hohhotFixtureUnits());
    await seedCalendarIfEmpty(stack.database.db);
    admin = await newPerson(stack, 'admin', ['hhht'], { name: '王敏', login: 'wangmin' });
    const year = await firstYearWithoutHolidays(admin.session.as);
    const newYearsDay = dayjs.tz(`${year}-01-01`, 'Asia/Shanghai').locale('zh-cn');
    unseeded = {
      year,
      day: newYearsDay.format('M月D日 dddd'),
      dialog: newYearsDay.format('YYYY年M月D日 dddd'),
      summary: newYearsDay.format('M月D日'),
    };
    context = await newContext(browser, 'desktop');
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.stop();
  });

  it('signs the admin in onto the plans, empty so far', async () => {
    await signIn(page, stack.baseUrl, admin.login, admin.password);
    await page.waitForURL(/\/admin\/plans$/);
    await page.getByText('还没有整改方案').waitFor();
    await check(page, 'plans-empty');
  });

  it('shows the units as a tree and adds one under the city, with the API’s refusal of a taken code beside its field', async () => {
    await page.getByRole('menuitem', { name: '单位' }).click();
    await page.getByRole('cell', { name: '呼和浩特市水务局', exact: true }).waitFor();
    await check(page, 'units');

    await page.getByRole('button', { name: '在“呼和浩特市人民政府”下新增单位' }).click();
    const form = dialog('新增单位');
    await form.getByLabel('单位名称').fill('赛罕区人民政府');
    await form.getByLabel('单位编号').fill('hhht-eco');
    await form.getByLabel('类型').click();
    await choose('区县（旗）');
    await form.getByRole('button', { name: '新增' }).click();
    await form.getByText('该单位编号已被使用').waitFor();
    await check(page, 'unit-form');

    await form.getByLabel('单位编号').fill('hhht-saihan');
    await form.getByRole('button', { name: '新增' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '赛罕区人民政府', exact: true }).waitFor();
  });

  it('makes an API key shown once, rotates it and revokes it after a confirmation', async () => {
    await page.getByRole('menuitem', { name: 'API 密钥' }).click();
    await page.getByRole('button', { name: '新建密钥' }).first().click();
    const form = dialog('新建 API 密钥');
    await form.getByLabel('名称').fill('12345 热线系统');
    await form.getByLabel('授权单位').click();
    await choose('呼和浩特市生态环境局');
    await closeList(form);
    await form.getByRole('button', { name: '生成密钥' }).click();

    const shown = dialog('“12345 热线系统”的 API 密钥');
    await shown.getByText('密钥只显示这一次').waitFor();
    const key = await shown.getByLabel('API 密钥').inputValue();
    expect(key).toMatch(/^cl_[A-Za-z0-9_-]{43}$/);
    expect((await stack.client(key).GET('/v1/me/channels')).response.status).toBe(200);
    await check(page, 'key-shown-once');
    await shown.getByRole('button', { name: '我已妥善保存' }).click();
    const row = page.getByRole('row', { name: /12345 热线系统/ });
    await row.getByText('有效').waitFor();
    await check(page, 'keys');

    await row.getByRole('button', { name: '轮换“12345 热线系统”的密钥' }).click();
    await page.getByRole('dialog', { name: /轮换/ }).getByRole('button', { name: '轮换' }).click();
    const rotated = dialog('“12345 热线系统”的 API 密钥');
    const newKey = await rotated.getByLabel('API 密钥').inputValue();
    expect(newKey).not.toBe(key);
    expect((await stack.client(key).GET('/v1/me/channels')).response.status).toBe(401);
    await rotated.getByRole('button', { name: '我已妥善保存' }).click();

    await row.getByRole('button', { name: '吊销“12345 热线系统”' }).click();
    const confirm = page.getByRole('dialog', { name: /吊销/ });
    await confirm.getByText('不能恢复').waitFor();
    await confirm.getByRole('button', { name: '吊销' }).click();
    await row.getByText('已吊销').waitFor();
    expect((await stack.client(newKey).GET('/v1/me/channels')).response.status).toBe(401);
  });

  it('adds a person with a one-time invitation link that signs them in, invites again, disables and enables them', async () => {
    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByRole('row', { name: /王敏/ }).waitFor();
    await page.getByRole('button', { name: '新增人员' }).first().click();
    const form = dialog('新增人员');
    await form.getByLabel('姓名').fill('李清');
    await form.getByLabel('账号', { exact: true }).fill('wangmin');
    await form.getByLabel('所属单位').click();
    await choose('呼和浩特市水务局');
    await closeList(form);
    await form.getByRole('button', { name: '新增并生成邀请链接' }).click();
    await form.getByText('该账号已被使用').waitFor();
    await check(page, 'person-form');
    await form.getByLabel('账号', { exact: true }).fill('liqing');
    await form.getByRole('button', { name: '新增并生成邀请链接' }).click();

    const shown = dialog('“李清”的邀请链接');
    await shown.getByText('邀请链接只显示这一次').waitFor();
    const link = await shown.getByLabel('邀请链接').inputValue();
    expect(link).toMatch(new RegExp(`^${stack.baseUrl}/invitation/[A-Za-z0-9_-]+$`));
    await check(page, 'invitation-shown-once');
    await shown.getByRole('button', { name: '我已妥善保存' }).click();
    const row = page.getByRole('row', { name: /李清/ });
    await row.getByText('正常').waitFor();
    await check(page, 'people');

    // The link works once: 李清 sets a password and lands on 我的待办.
    const theirs = await newContext(browser, 'desktop');
    const invited = await theirs.newPage();
    await invited.goto(link);
    await invited.getByLabel('新密码', { exact: true }).fill('清水长流-2026-春');
    await invited.getByLabel('确认新密码').fill('清水长流-2026-春');
    await invited.getByRole('button', { name: '设置密码并登录' }).click();
    await invited.waitForURL(/\/todo/);

    await row.getByRole('button', { name: '重新邀请“李清”' }).click();
    await page
      .getByRole('dialog', { name: /重新邀请/ })
      .getByRole('button', { name: '生成新链接' })
      .click();
    const again = dialog('“李清”的邀请链接');
    expect(await again.getByLabel('邀请链接').inputValue()).not.toBe(link);
    await again.getByRole('button', { name: '我已妥善保存' }).click();

    await row.getByRole('button', { name: '停用“李清”' }).click();
    await page.getByRole('dialog', { name: /停用/ }).getByRole('button', { name: '停用' }).click();
    await row.getByText('已停用').waitFor();
    // Disabled: their session stops at once.
    await invited.reload();
    await invited.waitForURL(/\/sign-in/);
    await theirs.close();
    await row.getByRole('button', { name: '启用“李清”' }).click();
    await row.getByText('正常').waitFor();
  });

  it('issues the plan with its policy', async () => {
    await page.getByRole('menuitem', { name: '整改方案' }).click();
    await page.getByRole('button', { name: '新建方案' }).first().click();
    const form = dialog('新建整改方案');
    await form.getByLabel('方案编号').fill('HHHT-OFFICE');
    await form.getByLabel('方案名称').fill('呼和浩特市贯彻落实自治区生态环境保护督察反馈意见整改方案');
    await form.getByLabel('督察来源').fill('自治区生态环境保护督察');
    await form.getByLabel('方案责任主体').click();
    await choose('呼和浩特市人民政府');
    await form.getByText('整改策略（可选').click();
    await form.getByLabel('进展报送周期').click();
    await choose('每月（月通报）');
    await form.getByRole('spinbutton', { name: '销号公示期' }).fill('10');
    await check(page, 'plan-form');
    await form.getByRole('button', { name: '新建' }).click();

    await page.waitForURL(/\/admin\/plans\/HHHT-OFFICE$/);
    await page.getByText('方案还没有整改任务').waitFor();
    await page.getByRole('cell', { name: '每月（月通报）' }).waitFor();
    await page.getByRole('cell', { name: '公示 10 天' }).waitFor();
    await check(page, 'plan-policy');
  });

  it('checks a spreadsheet with bad rows: each row’s error in the table, nothing written, nothing to confirm', async () => {
    await page.getByRole('tab', { name: '导入任务清单' }).click();
    await page.waitForURL(/\/admin\/plans\/HHHT-OFFICE\/import$/);
    await page.locator('input[type=file]').setInputFiles(fixture('bad-rows.csv'));
    await page.getByText(/检查发现 \d+ 处错误，涉及 \d+ 行；未写入任何数据/).waitFor();
    const errors = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '问题' }) });
    await expect(errors.getByRole('row', { name: /第 3 行 责任单位 单位“不存在的单位”不存在/ }).count()).resolves.toBe(1);
    await expect(errors.getByRole('row', { name: /第 7 行 序号 序号 5 与第 6 行重复/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: /确认导入/ }).count()).resolves.toBe(0);
    expect(await itemCount()).toBe(0);
    await check(page, 'import-bad-rows');
  });

  it('imports the fixed file after its check, and counts the items on the plan', async () => {
    await page.getByRole('button', { name: '重新选择' }).click();
    await page.locator('input[type=file]').setInputFiles(fixture('hohhot-plan.csv'));
    await page.getByText('共 8 行，全部通过检查；尚未写入').waitFor();
    expect(await itemCount()).toBe(0);
    await check(page, 'import-checked');

    await page.getByRole('button', { name: '确认导入 8 项' }).click();
    // Eight items filed through their workflows: slow on a loaded 2-core machine.
    await page.getByText('已导入 8 项整改任务').waitFor({ timeout: 100_000 });
    expect(await itemCount()).toBe(8);
    await check(page, 'import-done');

    await page.getByRole('tab', { name: '概况与策略' }).click();
    await page.getByText('任务总数').waitFor();
    await expect(page.getByText('任务总数').locator('xpath=..').textContent()).resolves.toContain('8');
  });

  it('downloads the ledger as XLSX and as CSV', async () => {
    await page.getByRole('tab', { name: '台账' }).click();
    await check(page, 'ledger');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel（XLSX）' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('HHHT-OFFICE-台账.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('台账')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['序号', '问题', '整改目标']);
    expect(sheet.rowCount).toBe(9);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('HHHT-OFFICE-台账.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^序号,问题,整改目标,/);
    expect(text).toContain('全市细颗粒物(PM2.5)浓度未达标');
  });

  it('enters a holiday of the first year the calendar has none for yet, and shows the items re-planned on it', async () => {
    await page.getByRole('menuitem', { name: '工作日历' }).click();
    await page.getByText('春节').first().waitFor();
    await check(page, 'calendar');

    await page.goto(`${stack.baseUrl}/admin/calendar?year=${unseeded.year}`);
    await page.getByText(`${unseeded.year}年还没有录入节假日`).waitFor();
    await page.getByRole('button', { name: '编辑' }).click();
    await page.getByRole('button', { name: unseeded.day }).click();
    const day = dialog(unseeded.dialog);
    await day.getByLabel('法定节假日（休）').check();
    await day.getByLabel('节日').fill('元旦');
    await day.getByRole('button', { name: '确定' }).click();
    await page.getByRole('button', { name: `${unseeded.day}，元旦放假` }).waitFor();
    await check(page, 'calendar-editing');

    await page.getByRole('button', { name: '保存并重排时限' }).click();
    await page.getByText('时限重排已完成').waitFor({ timeout: 60_000 });
    await page.getByText(`元旦：${unseeded.summary}`).waitFor();
    await check(page, 'calendar-replanned');
    // axe on a year of days takes its time.
  }, 300_000);

  it('fits every screen at a phone’s width', async () => {
    const small = await signedInPage(browser, stack.baseUrl, admin, { viewport: 'phone' });
    const screens: [string, string, string][] = [
      ['plans', '/admin/plans', 'HHHT-OFFICE'],
      ['units', '/admin/units', '赛罕区人民政府'],
      ['keys', '/admin/keys', '12345 热线系统'],
      ['people', '/admin/people', '李清'],
      ['plan-policy', '/admin/plans/HHHT-OFFICE', '整改策略'],
      ['ledger', '/admin/plans/HHHT-OFFICE/ledger', '整改台账'],
      ['calendar', `/admin/calendar?year=${unseeded.year}`, `元旦：${unseeded.summary}`],
    ];
    for (const [name, path, shows] of screens) {
      await small.goto(`${stack.baseUrl}${path}`);
      await small.getByText(shows).first().waitFor();
      await check(small, name, 'phone');
    }
    await small.goto(`${stack.baseUrl}/admin/plans/HHHT-OFFICE/import`);
    await small.locator('input[type=file]').setInputFiles(fixture('bad-rows.csv'));
    await small.getByRole('list', { name: '有错误的行' }).getByText('第 3 行 · 责任单位').waitFor();
    await check(small, 'import-bad-rows', 'phone');
    await small.context().close();
  }, 300_000);
});
