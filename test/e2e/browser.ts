/**
 * Debian's Chromium (the same 156 as Electron 45) driven by playwright-core, offline.
 * playwright-core gives each launch a fresh temporary profile.
 */
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.RASOAT_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
}

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
