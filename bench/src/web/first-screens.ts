import { type AssetType, gzipBytes, recordFirstScreen } from '@closeloop/stack/browser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { COCKPIT_PROBE, browserContext, cockpitInteractive } from './cockpit-load';

/** One script or stylesheet a screen loaded. */
export interface LoadedFile {
  name: string;
  type: AssetType;
  bytes: number;
  gzipBytes: number;
  /** Requested only after the screen's content was on the page (e.g. the cockpit's ECharts, for its chart). */
  afterContent: boolean;
}

/** The JavaScript and CSS a screen loads, each file once. */
export interface ScreenAssets {
  screen: string;
  /** Where the browser ended up (the screen's route). */
  path: string;
  files: LoadedFile[];
}

/** KB (1,024 bytes) of the files the screen's content waited for (`first`, the default) or of every file it loaded (`all`). */
export const totals = (assets: ScreenAssets, which: 'first' | 'all' = 'first') => {
  const files = which === 'all' ? assets.files : assets.files.filter((f) => !f.afterContent);
  const sum = (type: AssetType | undefined, field: 'bytes' | 'gzipBytes') =>
    files.filter((f) => !type || f.type === type).reduce((s, f) => s + f[field], 0) / 1024;
  return {
    jsKb: sum('script', 'bytes'),
    jsGzipKb: sum('script', 'gzipBytes'),
    cssGzipKb: sum('stylesheet', 'gzipBytes'),
    gzipKb: sum(undefined, 'gzipBytes'),
  };
};

const sized = (name: string, type: AssetType, body: Buffer, afterContent = false): LoadedFile => ({
  name,
  type,
  bytes: body.length,
  gzipBytes: gzipBytes(body),
  afterContent,
});

/** What index.html itself loads before any route's chunk: its module script, the modules it preloads, its stylesheets. */
export function entryAssets(distDir: string): ScreenAssets {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const refs = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => ({ href: m[1], type: 'script' as const })),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => ({ href: m[1], type: 'script' as const })),
    ...[...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => ({ href: m[1], type: 'stylesheet' as const })),
  ];
  return {
    screen: 'entry (index.html)',
    path: '/',
    files: refs.map(({ href, type }) => sized(path.basename(href), type, readFileSync(path.join(distDir, href)))),
  };
}

/**
 * The first screen a person sees, in a fresh context (nothing cached): opens `path`, waits until `content` (a CSS
 * selector: the screen's content, e.g. the first row of 我的待办's table, whose chunk loads once the data has come) is on
 * the page, then until `ready` (when the screen has more to finish, e.g. the cockpit's chart) and the network has been
 * idle for 500 ms, and sizes every script and stylesheet the page loaded. A file counts as the first screen's when its
 * request started before the content was on the page; those started later (the cockpit's ECharts chunk, which its
 * trend chart imports once mounted) are marked `afterContent`.
 */
export async function screenAssets(
  browser: Browser,
  baseUrl: string,
  screen: {
    screen: string;
    path: string;
    cookie?: Parameters<typeof browserContext>[1];
    content: string;
    probe?: string;
    ready?: () => boolean;
  },
): Promise<ScreenAssets> {
  const context = await browserContext(browser, screen.cookie);
  try {
    if (screen.probe) await context.addInitScript(screen.probe);
    const page = await context.newPage();
    const firstScreen = await recordFirstScreen(page, screen.content, ['script', 'stylesheet']);
    await page.goto(`${baseUrl}${screen.path}`);
    await page.locator(screen.content).first().waitFor({ timeout: 30_000 });
    if (screen.ready) await page.waitForFunction(screen.ready, undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return {
      screen: screen.screen,
      path: new URL(page.url()).pathname,
      files: (await firstScreen.settled()).map(({ url, type, body, afterContent }) =>
        sized(path.basename(new URL(url).pathname), type, body, afterContent),
      ),
    };
  } finally {
    await context.close();
  }
}

/**
 * The cockpit's content is its total, shown as the link to the items behind it; the bench then waits until it is
 * interactive (COCKPIT_PROBE: its trend chart drawn too) so that what the chart loads is sized as well.
 */
export const cockpitScreen = {
  content: 'a[href][aria-label^="整改任务 "][aria-label$="项，查看明细"]',
  probe: COCKPIT_PROBE,
  ready: cockpitInteractive,
};
