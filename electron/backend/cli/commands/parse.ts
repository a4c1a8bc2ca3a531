import { AppError } from '../../../../shared/errors.ts';
import { sectionsForCli } from '../../../../shared/structure/index.ts';
import { parseFileInChild } from '../../formats/parse-in-child.ts';
import { parseArgs, type CliCommand } from '../command.ts';

export const parseCommand: CliCommand = {
  name: 'parse',
  usage: 'parse <tệp> [--json]',
  summary: 'Đọc một văn bản và in cấu trúc Chương/Điều/khoản/điểm cùng thông tin văn bản',
  run: async (argv, io) => {
    const { flags, positionals } = parseArgs(argv, ['json']);
    const file = positionals[0];
    if (!file)
      throw new AppError('input.invalid', 'Thiếu đường dẫn tệp. Cách dùng: parse <tệp> [--json]');
    const parsed = await parseFileInChild(file);
    const view = sectionsForCli(parsed);
    if (flags.has('json')) {
      io.out(JSON.stringify(view, null, 2));
      return 0;
    }
    const m = view.metadata;
    io.out(
      `${m.docType ?? 'Văn bản'} ${m.number ?? '(không số)'} — ${m.issuer ?? ''} ${m.issuedDate ?? ''}`.trim(),
    );
    if (m.title) io.out(m.title);
    for (const s of view.sections) {
      io.out(`\n[${s.kind}] ${s.title}`);
      for (const a of s.articles) {
        const points = a.clauses.reduce((n, c) => n + c.points.length, 0);
        io.out(`  Điều ${a.number}. ${a.title}  (${a.clauses.length} khoản, ${points} điểm)`);
      }
    }
    for (const w of view.warnings) io.err(`Cảnh báo: ${w}`);
    return 0;
  },
};
