/** Once per test run: build the renderer the e2e tests serve. */
import path from 'node:path';
import { build } from 'vite';

export const WEB_OUT = path.resolve(import.meta.dirname, '../test-output/web');

export default async function setup(): Promise<void> {
  await build({
    configFile: path.resolve(import.meta.dirname, '../vite.renderer.config.ts'),
    logLevel: 'warn',
    build: { outDir: WEB_OUT, emptyOutDir: true },
  });
}
