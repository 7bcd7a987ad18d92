import type { Page } from 'playwright-core';
import { type AssetType, gzipBytes, recordLoadedAssets } from './loaded-assets';

/** A script or stylesheet the page loaded, and whether its request started only after the screen's content was shown. */
export interface ScreenFile {
  url: string;
  type: AssetType;
  body: Buffer;
  /** Requested after the content was on the page (e.g. the cockpit's ECharts, fetched for its chart): not the first screen's. */
  afterContent: boolean;
}

export interface FirstScreen {
  /** Every file loaded so far, once their bodies are read; call after the content has been shown. */
  settled(): Promise<ScreenFile[]>;
  /** KB (1,024 bytes) gzipped of the files requested before the content was shown. */
  gzipKb(): Promise<number>;
}

/**
 * Runs in the page before its own scripts (a string: Node's tsconfig has no DOM types): records the moment, in ms
 * since navigation start, an element matching `content` is first in the document.
 */
const contentProbe = (content: string) => `(() => {
  const observer = new MutationObserver(() => {
    if (window.__firstScreenContentAt !== undefined || !document.querySelector(${JSON.stringify(content)})) return;
    window.__firstScreenContentAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/**
 * Records the scripts (and, when asked, stylesheets) `page` loads from its next navigation, and which of them its
 * first screen waited for: those whose request (Resource Timing) started before an element matching `content` (the
 * screen's content, what a person waits for) was in the document. Call before `page.goto`.
 */
export async function recordFirstScreen(page: Page, content: string, types: readonly AssetType[] = ['script']): Promise<FirstScreen> {
  await page.addInitScript(contentProbe(content));
  const loaded = recordLoadedAssets(page, types);
  const settled = async (): Promise<ScreenFile[]> => {
    const timing = await page.evaluate<{ contentAt?: number; started: [string, number][] }>(`(() => ({
      contentAt: window.__firstScreenContentAt,
      started: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]),
    }))()`);
    if (timing.contentAt === undefined) throw new Error(`the page never showed ${content}`);
    const startedAt = new Map(timing.started);
    // A file with no Resource Timing entry counts as the first screen's: the budget's side of any doubt.
    return (await loaded.settled()).map((file) => ({ ...file, afterContent: (startedAt.get(file.url) ?? 0) > timing.contentAt! }));
  };
  return {
    settled,
    async gzipKb() {
      const files = (await settled()).filter((file) => !file.afterContent);
      return files.reduce((sum, file) => sum + gzipBytes(file.body), 0) / 1024;
    },
  };
}
