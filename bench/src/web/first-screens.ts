import { type AssetType, gzipBytes, recordLoadedAssets } from '@closeloop/stack/browser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { COCKPIT_PROBE, browserContext, cockpitInteractive } from './cockpit-load';

/** The JavaScript and CSS a screen loads, each file once. */
export interface ScreenAssets {
  screen: string;
  /** Where the browser ended up (the screen's route). */
  path: string;
  files: { name: string; type: AssetType; bytes: number; gzipBytes: number }[];
}

export const totals = (assets: ScreenAssets) => {
  const sum = (type: AssetType | undefined, field: 'bytes' | 'gzipBytes') =>
    assets.files.filter((f) => !type || f.type === type).reduce((s, f) => s + f[field], 0) / 1024;
  return {
    jsKb: sum('script', 'bytes'),
    jsGzipKb: sum('script', 'gzipBytes'),
    cssGzipKb: sum('stylesheet', 'gzipBytes'),
    gzipKb: sum(undefined, 'gzipBytes'),
  };
};

const sized = (name: string, type: AssetType, body: Buffer) => ({ name, type, bytes: body.length, gzipBytes: gzipBytes(body) });

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
 * The first screen a person sees, in a fresh context (nothing cached): opens `path`, waits for `ready` (an element's
 * CSS selector or a page predicate: the screen's content, since some chunks load only once data has come, e.g. the
 * table of 我的待办) and then for the network to be idle for 500 ms, and sizes every script and stylesheet the page
 * loaded — the entry, the route's chunks and what they import (the cockpit's ECharts chunk among them).
 */
export async function screenAssets(
  browser: Browser,
  baseUrl: string,
  screen: { screen: string; path: string; cookie?: Parameters<typeof browserContext>[1]; probe?: string; ready: string | (() => boolean) },
): Promise<ScreenAssets> {
  const context = await browserContext(browser, screen.cookie);
  try {
    if (screen.probe) await context.addInitScript(screen.probe);
    const page = await context.newPage();
    const recorded = recordLoadedAssets(page, ['script', 'stylesheet']);
    await page.goto(`${baseUrl}${screen.path}`);
    if (typeof screen.ready === 'string') await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
    else await page.waitForFunction(screen.ready, undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const assets = await recorded.settled();
    return {
      screen: screen.screen,
      path: new URL(page.url()).pathname,
      files: assets.map(({ url, type, body }) => sized(path.basename(new URL(url).pathname), type, body)),
    };
  } finally {
    await context.close();
  }
}

/** The cockpit counts as shown once interactive (COCKPIT_PROBE). */
export const cockpitScreen = { probe: COCKPIT_PROBE, ready: cockpitInteractive };
