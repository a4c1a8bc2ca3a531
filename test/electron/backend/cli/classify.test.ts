import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyCommand } from '../../../../electron/backend/cli/commands/classify.ts';
import { AppError } from '../../../../shared/errors.ts';

function capture(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
      stdin: async () => stdin,
    },
  };
}

const lines = [
  { id: 'a', text: 'Các phòng báo cáo kết quả về Văn phòng trước ngày 20 hằng tháng.' },
  {
    id: 'b',
    text: 'a) Rà soát thủ tục hành chính.',
    context: 'Các đơn vị có liên quan có trách nhiệm:',
    article: 'Điều 7. Trách nhiệm thi hành',
  },
  { id: 'c', text: 'Hội đồng làm việc theo nguyên tắc tập thể.' },
];
const jsonl = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

const dir = mkdtempSync(path.join(tmpdir(), 'rasoat-classify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('classify command', () => {
  it('reads JSONL from stdin and writes one result a line to stdout', async () => {
    const c = capture(jsonl);
    expect(await classifyCommand.run([], c.io)).toBe(0);
    const got = c.out
      .join('\n')
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(got.map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(got[0]).toMatchObject({
      proc: true,
      kinds: expect.arrayContaining(['PROC.report', 'PROC.time']),
    });
    expect(got[1]).toMatchObject({
      resp: true,
      kinds: expect.arrayContaining(['RESP.vague_actor']),
    });
    expect(got[2]).toEqual({ id: 'c', proc: false, resp: false, kinds: [], findings: [] });
    const f = (
      got[0]?.findings as { rule: string; kind: string; span: [number, number]; message: string }[]
    )[0];
    expect(Object.keys(f ?? {}).sort()).toEqual(['kind', 'message', 'rule', 'span']);
    expect(f?.message).toMatch(/[ạảấầậ]/u);
  });

  it('reads --in and writes --out', async () => {
    const inFile = path.join(dir, 'in.jsonl');
    const outFile = path.join(dir, 'out.jsonl');
    writeFileSync(inFile, jsonl);
    const c = capture();
    expect(await classifyCommand.run(['--in', inFile, '--out', outFile], c.io)).toBe(0);
    expect(c.out).toEqual([]);
    const out = readFileSync(outFile, 'utf8').trim().split('\n');
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[0] ?? '{}')).toMatchObject({ id: 'a', proc: true });
  });

  it.each([
    ['not JSON', '{id: 1'],
    ['no text', JSON.stringify({ id: 'x' })],
  ])('rejects a line with %s, naming the line', async (_n, bad) => {
    const c = capture(`${JSON.stringify(lines[0])}\n${bad}\n`);
    const e = await classifyCommand.run([], c.io).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('input.invalid');
    expect((e as AppError).message).toContain('Dòng 2');
  });
});
