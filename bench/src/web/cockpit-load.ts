import type { Browser, BrowserContext } from 'playwright-core';

/** A desktop browser (an office screen), in Chinese on Beijing time, holding the person's session cookie. */
export async function browserContext(
  browser: Browser,
  cookie?: { name: string; value: string; url: string; httpOnly: boolean; sameSite: 'Lax' },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  if (cookie) await context.addCookies([cookie]);
  return context;
}

/**
 * Runs in the page before its own scripts (a string: this Node program has no DOM types). Records first contentful
 * paint (PerformanceObserver 'paint'), first meaningful paint (the frame that first shows the cockpit's total, its
 * drill-down link, has been rendered) and "interactive": the first moment the cockpit's total is on the page as its
 * drill-down link (`整改任务 N 项，查看明细`, an <a> with its href) and the trend chart's <canvas> is in its container
 * (ECharts loaded and initialised), then one more animation frame and the task after it — the frame showing them has
 * been rendered and the main thread is free to take a click. Times are ms since navigation start.
 */
export const COCKPIT_PROBE = `(() => {
  const probe = (window.__benchCockpit = { fcp: undefined, fmp: undefined, interactive: undefined, total: undefined });
  const afterNextFrame = (record) => requestAnimationFrame(() => setTimeout(() => record(performance.now()), 0));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  let seen = false;
  let totalSeen = false;
  const observer = new MutationObserver(() => {
    if (seen) return;
    const total = document.querySelector('a[href][aria-label^="整改任务 "][aria-label$="项，查看明细"]');
    if (total && !totalSeen) {
      totalSeen = true;
      afterNextFrame((at) => (probe.fmp = at));
    }
    const chart = document.querySelector('[role="img"][aria-label^="近12周趋势"] canvas');
    if (!total || !chart) return;
    seen = true;
    observer.disconnect();
    probe.total = total.textContent;
    afterNextFrame((at) => (probe.interactive = at));
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** Whether COCKPIT_PROBE saw the page interactive (a function, not a string: the page's CSP forbids eval). */
export const cockpitInteractive = (): boolean =>
  (globalThis as { __benchCockpit?: { interactive?: number } }).__benchCockpit?.interactive !== undefined;

/** One API request the page made, from the Resource Timing API. */
export interface ApiCall {
  /** The path with its query, e.g. `/v1/plans?limit=100`. */
  path: string;
  /** From the fetch's start to the response's last byte (the time the page waited for it, queueing included). */
  ms: number;
  /** From the fetch's start until the request was sent (waiting for one of the origin's six HTTP/1.1 connections). */
  queuedMs: number;
  /** From sending the request to the first byte of the answer (the server's share). */
  ttfbMs: number;
  /** Whether it ended before the page was interactive (behind the first screen) or after (e.g. polling). */
  beforeInteractive: boolean;
}

export interface CockpitLoad {
  fcpMs: number;
  /** The frame first showing the cockpit's total rendered (its counts, before the trend chart is drawn). */
  fmpMs: number;
  interactiveMs: number;
  /** The total the page showed (the plan's items in the leader's scope). */
  total: string;
  apiCalls: ApiCall[];
}

interface Probed {
  fcp?: number;
  fmp: number;
  interactive: number;
  total: string;
  calls: { url: string; end: number; duration: number; queued: number; ttfb: number }[];
}

/**
 * Opens `/cockpit?plan=<planId>` in a fresh context (empty cache, as on a leader's first visit of the day after a
 * deploy), waits until it is interactive and the network has been idle for 500 ms, and reads the page's timings.
 */
export async function loadCockpit(
  browser: Browser,
  baseUrl: string,
  cookie: Parameters<typeof browserContext>[1],
  planId: string,
): Promise<CockpitLoad> {
  const context = await browserContext(browser, cookie);
  try {
    await context.addInitScript(COCKPIT_PROBE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/cockpit?plan=${encodeURIComponent(planId)}`);
    await page.waitForFunction(cockpitInteractive, undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    if (errors.length) throw new Error(`the cockpit threw: ${errors.join('; ')}`);
    const probed = await page.evaluate<Probed>(`(() => ({
      ...window.__benchCockpit,
      calls: performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest')
        .map((e) => ({
          url: e.name,
          end: e.responseEnd,
          duration: e.duration,
          queued: e.requestStart - e.startTime,
          ttfb: e.responseStart - e.requestStart,
        })),
    }))()`);
    if (probed.fcp === undefined) throw new Error('no first-contentful-paint entry');
    return {
      fcpMs: probed.fcp,
      fmpMs: probed.fmp,
      interactiveMs: probed.interactive,
      total: probed.total,
      apiCalls: probed.calls
        .map((call) => ({ ...call, url: new URL(call.url) }))
        .filter(({ url }) => url.origin === new URL(baseUrl).origin && url.pathname.startsWith('/v1/'))
        .map(({ url, end, duration, queued, ttfb }) => ({
          path: url.pathname + url.search,
          ms: duration,
          queuedMs: queued,
          ttfbMs: ttfb,
          beforeInteractive: end <= probed.interactive,
        })),
    };
  } finally {
    await context.close();
  }
}

/** The drill-down works: the total's link opens the list of the plan's items. Returns the ms from the click to its first row. */
export async function drillDown(
  browser: Browser,
  baseUrl: string,
  cookie: Parameters<typeof browserContext>[1],
  planId: string,
): Promise<number> {
  const context = await browserContext(browser, cookie);
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cockpit?plan=${encodeURIComponent(planId)}`);
    const total = page.getByRole('link', { name: /^整改任务 \d+ 项，查看明细$/ });
    await total.waitFor({ timeout: 30_000 });
    const started = Date.now();
    await total.click();
    await page.waitForURL((url) => url.pathname === '/cockpit/items' && url.searchParams.get('plan') === planId);
    await page.locator('.ant-table-row').first().waitFor({ timeout: 30_000 });
    return Date.now() - started;
  } finally {
    await context.close();
  }
}
