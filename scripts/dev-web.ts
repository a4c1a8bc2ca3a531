/**
 * `npm run dev:web`: builds the renderer and serves it with the real backend on 127.0.0.1,
 * behind a per-run token. Options: --port N, --workspace DIR, --no-build.
 */
import path from 'node:path';
import { build } from 'vite';
import { parseArgs } from '../electron/backend/cli/command.ts';
import { startBackendHarness } from '../electron/backend/harness/start.ts';

const root = path.resolve(import.meta.dirname, '..');
const { flags } = parseArgs(process.argv.slice(2), ['no-build']);
const outDir = path.join(root, 'out/web');
if (!flags.has('no-build')) {
  await build({ configFile: path.join(root, 'vite.renderer.config.ts'), logLevel: 'warn' });
}
const port = flags.get('port');
const workspace = flags.get('workspace');
const harness = await startBackendHarness({
  staticDir: outDir,
  port: typeof port === 'string' ? Number(port) : undefined,
  workspace: typeof workspace === 'string' ? workspace : undefined,
});
console.log(`RàSoát (trình duyệt) đang chạy. Mở địa chỉ này (chứa mã truy cập của phiên):`);
console.log(harness.loginUrl);
const stop = () => void harness.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
