/** The reports namespace: export a signed report as a job, list the exports, verify a file. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors.ts';
import type { Api } from '../../../shared/ipc/contract.ts';
import { exportReport } from '../reports/export.ts';
import { listReports, REPORTS_DIR } from '../reports/register.ts';
import { workspacePublicKey } from '../reports/signing.ts';
import { verifyReport } from '../reports/verify.ts';
import { requireWorkspace, type Ctx } from './context.ts';

type Handlers = Pick<Api, 'reports.export' | 'reports.list' | 'reports.verify'>;

export function reportHandlers(ctx: Ctx): Handlers {
  return {
    'reports.export': async ({ format, language, directive }) => {
      const ws = requireWorkspace(ctx);
      const prefs = ctx.prefs.get();
      const jobId = ctx.jobs.start('reports.export', async (job) => {
        const entry = await exportReport({
          workspaceDir: ws.path,
          workspaceName: path.basename(ws.path),
          db: ws.db,
          format,
          lang: language ?? prefs.language,
          directive,
          unit: prefs.reviewer.unit.trim(),
          reviewer: { name: prefs.reviewer.name.trim(), position: prefs.reviewer.position.trim() },
          progress: job.progress,
          throwIfCancelled: job.throwIfCancelled,
        });
        ctx.emit('reports.changed', { file: entry.file });
        return entry;
      });
      return { jobId };
    },
    'reports.list': async () => listReports(requireWorkspace(ctx).path),
    'reports.verify': async ({ path: file, sigPath }) => {
      if (!existsSync(file))
        throw new AppError('input.invalid', `Không tìm thấy tệp cần kiểm tra: ${file}`);
      if (sigPath && !existsSync(sigPath))
        throw new AppError('input.invalid', `Không tìm thấy tệp chữ ký: ${sigPath}`);
      // Verification works without a workspace; the workspace only makes its own key "known".
      const ws = ctx.workspace();
      const pub = ws ? workspacePublicKey(ws.path) : null;
      return verifyReport({
        file,
        sigFile: sigPath,
        trustedKeys: pub ? [pub] : [],
        searchDirs: ws ? [path.join(ws.path, REPORTS_DIR)] : [],
      });
    },
  };
}
