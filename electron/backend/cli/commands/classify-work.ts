/**
 * Classifying a batch of JSONL lines into output lines; run on the main thread and, for large
 * inputs, on a worker thread too (the machine this runs on has two cores).
 */
import { AppError } from '../../../../shared/errors.ts';
import { builtinEngine, classify, type ClauseInput } from '../../../../shared/rules/index.ts';

/** One input line: {id, text, article?, context?}; anything else is the caller's error. */
export function parseLine(line: string, n: number): ClauseInput {
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

/** Numbered input lines (1-based line numbers, for error messages) to output lines. */
export function classifyLines(lines: readonly (readonly [number, string])[]): string[] {
  const engine = builtinEngine();
  return lines.map(([n, raw]) => {
    const r = classify(parseLine(raw, n), engine);
    return JSON.stringify({
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
    });
  });
}
