/** One e2e session: the real backend behind the harness on a temporary workspace, and Chromium. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startBackendHarness, type BackendHarness } from '../../electron/backend/harness/start.ts';
import { WEB_OUT } from '../global-setup.ts';
import { tempDir } from '../helpers/corpus.ts';
import { ARTIFACTS, launchBrowser } from './browser.ts';

export type Session = { harness: BackendHarness; browser: Browser; close: () => Promise<void> };

/** `workspace` defaults to a new empty folder. */
export async function startSession(tag: string, workspace?: string): Promise<Session> {
  const tmp = tempDir(`e2e-${tag}`);
  const harness = await startBackendHarness({
    staticDir: WEB_OUT,
    prefsFile: path.join(tmp, 'prefs.json'),
    workspace: workspace ?? path.join(tmp, 'ws'),
    uploadDir: path.join(tmp, 'uploads'),
  });
  const browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    harness,
    browser,
    close: async () => {
      await browser.close();
      await harness.close();
    },
  };
}
