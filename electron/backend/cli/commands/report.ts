import path from 'node:path';
import { AppError } from '../../../../shared/errors.ts';
import { ReportFormat } from '../../../../shared/ipc/reports.ts';
import { exportReport } from '../../reports/export.ts';
import { openWorkspace } from '../../workspace.ts';
import { parseArgs, type CliCommand } from '../command.ts';

const str = (v: string | true | undefined): string => (typeof v === 'string' ? v.trim() : '');

export const reportCommand: CliCommand = {
  name: 'report',
  usage:
    'report --workspace <thư mục> --format pdf|docx|json [--out tệp] [--lang vi|en] [--unit …] [--reviewer …] [--position …]',
  summary: 'Xuất báo cáo rà soát đã ký (PDF, DOCX, JSON) kèm tệp chữ ký .sig.json',
  run: async (argv, io) => {
    const { flags } = parseArgs(argv, ['json']);
    const dir = flags.get('workspace');
    if (typeof dir !== 'string')
      throw new AppError('input.invalid', 'Thiếu --workspace <thư mục làm việc>.');
    const format = ReportFormat.safeParse(flags.get('format'));
    if (!format.success)
      throw new AppError('input.invalid', 'Thiếu hoặc sai --format: pdf, docx hoặc json.');
    const lang = flags.get('lang') === 'en' ? 'en' : 'vi';
    const out = str(flags.get('out'));
    const ws = openWorkspace(dir);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const entry = await exportReport({
        workspaceDir: ws.path,
        workspaceName: path.basename(ws.path),
        db: ws.db,
        format: format.data,
        lang,
        unit: str(flags.get('unit')),
        reviewer: { name: str(flags.get('reviewer')), position: str(flags.get('position')) },
        out: out ? path.resolve(out) : undefined,
        progress: () => {},
        throwIfCancelled: () => {
          if (controller.signal.aborted)
            throw new AppError('job.cancelled', 'Đã hủy theo yêu cầu.');
        },
      });
      if (flags.has('json')) io.out(JSON.stringify(entry));
      else {
        io.out(entry.path);
        io.out(`SHA-256 ${entry.sha256} · ${entry.size} byte · mã báo cáo ${entry.reportId ?? ''}`);
        io.out(`Chữ ký: ${entry.path}.sig.json`);
      }
      return 0;
    } finally {
      process.off('SIGINT', onSigint);
      await ws.close();
    }
  },
};
