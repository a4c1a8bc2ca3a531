import { readFile, writeFile } from 'node:fs/promises';
import { AppError } from '../../../../shared/errors.ts';
import { builtinEngine, classify, type ClauseInput } from '../../../../shared/rules/index.ts';
import { parseArgs, type CliCommand } from '../command.ts';

const USAGE = 'classify [--in clauses.jsonl] [--out findings.jsonl]';

/** One input line: {id, text, article?, context?}; anything else is the caller's error. */
function parseLine(line: string, n: number): ClauseInput {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    throw new AppError('input.invalid', `Dòng ${n}: không phải JSON hợp lệ`);
  }
  if (typeof v !== 'object' || v === null)
    throw new AppError('input.invalid', `Dòng ${n}: cần một đối tượng JSON`);
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' || typeof o.text !== 'string') {
    throw new AppError('input.invalid', `Dòng ${n}: thiếu "id" hoặc "text" kiểu chuỗi`);
  }
  const input: ClauseInput = { id: o.id, text: o.text };
  if (typeof o.article === 'string') input.article = o.article;
  if (typeof o.context === 'string') input.context = o.context;
  return input;
}

export const classifyCommand: CliCommand = {
  name: 'classify',
  usage: USAGE,
  summary:
    'Phân loại điều khoản (JSONL {id, text, article?, context?}) theo các loại phát hiện PROC/RESP',
  run: async (argv, io) => {
    const { flags } = parseArgs(argv);
    const inFile = flags.get('in');
    const outFile = flags.get('out');
    if (inFile === true || outFile === true)
      throw new AppError('input.invalid', `Thiếu tên tệp. Cách dùng: ${USAGE}`);
    const source = inFile ? await readFile(inFile, 'utf8') : await io.stdin();
    const engine = builtinEngine();
    const lines: string[] = [];
    let n = 0;
    for (const raw of source.split('\n')) {
      n++;
      if (!raw.trim()) continue;
      const r = classify(parseLine(raw, n), engine);
      lines.push(
        JSON.stringify({
          id: r.id,
          proc: r.proc,
          resp: r.resp,
          kinds: r.kinds,
          findings: r.findings.map((f) => ({
            rule: f.rule,
            kind: f.kind,
            span: f.span,
            message: f.message.vi,
          })),
        }),
      );
    }
    if (outFile) await writeFile(outFile, lines.length ? lines.join('\n') + '\n' : '', 'utf8');
    else if (lines.length) io.out(lines.join('\n'));
    return 0;
  },
};
