import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { repoRoot } from '../repo-root';

/** Debian's headless Chromium: CLOSELOOP_CHROMIUM, else `chromium` on PATH, installed by scripts/ensure-browser.sh when missing. */
export function chromiumPath(): string {
  return execFileSync(path.join(repoRoot, 'scripts/ensure-browser.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/** That Chromium, headless and in Chinese, driven by playwright-core (no browser download); as root without its sandbox. */
export function launchChromium(executablePath: string): Promise<Browser> {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return chromium.launch({ executablePath, headless: true, args: ['--lang=zh-CN', ...(root ? ['--no-sandbox'] : [])] });
}
