import path from 'node:path';
import { AppError } from '../../../../shared/errors.ts';
import { parseFileInChild } from '../../formats/parse-in-child.ts';
import { importFiles } from '../../import/import-files.ts';
import { analyseOnStore } from '../../analysis/on-store.ts';
import { openWorkspace } from '../../workspace.ts';
import { parseArgs, type CliCommand } from '../command.ts';

const STATUS_VI = { imported: 'đã nhập', duplicate: 'trùng lặp', error: 'lỗi' } as const;

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import <tệp|thư mục…> --workspace <thư mục> [--json]',
  summary: 'Nhập văn bản (PDF, DOCX, DOC, TXT, cả thư mục) vào thư mục làm việc',
  run: async (argv, io) => {
    const { flags, positionals } = parseArgs(argv, ['json']);
    const dir = flags.get('workspace');
    if (typeof dir !== 'string')
      throw new AppError('input.invalid', 'Thiếu --workspace <thư mục làm việc>.');
    if (positionals.length === 0)
      throw new AppError('input.invalid', 'Thiếu tệp hoặc thư mục cần nhập.');
    const ws = openWorkspace(dir);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const json = flags.has('json');
      const results = await importFiles(
        ws.db,
        positionals,
        {
          signal: controller.signal,
          progress: (done, total, label) => {
            if (!json && label) io.err(`[${done + 1}/${total}] ${label}`);
          },
          onStored: analyseOnStore(ws, (s) => ws.search.touch(s.documentId)),
          originalsDir: ws.originalsDir,
        },
        (file, signal) => parseFileInChild(file, { signal }),
      );
      if (json) io.out(JSON.stringify(results, null, 2));
      else {
        for (const r of results) {
          const extra = r.status === 'error' ? ` [${r.code}] ${r.message}` : '';
          io.out(`${STATUS_VI[r.status].padEnd(10)} ${path.basename(r.file)}${extra}`);
        }
        const n = (s: string) => results.filter((r) => r.status === s).length;
        io.out(`\nĐã nhập ${n('imported')}, trùng lặp ${n('duplicate')}, lỗi ${n('error')}.`);
      }
      return 0;
    } finally {
      process.off('SIGINT', onSigint);
      await ws.close();
    }
  },
};
