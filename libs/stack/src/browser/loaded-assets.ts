import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** The size a server compressing the file would send: gzip at level 9 (node:zlib). */
export function gzipBytes(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

export type AssetType = 'script' | 'stylesheet';

export interface LoadedAssets {
  /** The URLs of the assets loaded so far (bodies read). */
  readonly urls: string[];
  /** Their bodies by URL and type, once every body the page received has been read. */
  settled(): Promise<{ url: string; type: AssetType; body: Buffer }[]>;
  /** Their gzipped size in KB (1,024 bytes), of the bodies read so far. */
  gzipKb(): number;
}

/** Records the scripts (and, when asked, stylesheets) a page loads from now on, each once by URL. */
export function recordLoadedAssets(page: Page, types: readonly AssetType[] = ['script']): LoadedAssets {
  const bodies = new Map<string, { type: AssetType; body: Buffer }>();
  const reading: Promise<unknown>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType() as AssetType;
    if (!types.includes(type) || !response.ok()) return;
    reading.push(
      response.body().then(
        (body) => bodies.set(response.url(), { type, body }),
        () => undefined,
      ),
    );
  });
  return {
    get urls() {
      return [...bodies.keys()];
    },
    async settled() {
      await Promise.all(reading);
      return [...bodies].map(([url, asset]) => ({ url, ...asset }));
    },
    gzipKb: () => [...bodies.values()].reduce((sum, { body }) => sum + gzipBytes(body), 0) / 1024,
  };
}
