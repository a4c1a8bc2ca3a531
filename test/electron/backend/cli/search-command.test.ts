/** `rasoat search` on a real workspace: imported corpus documents, index built from the database. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bracketed, searchCommand } from '../../../../electron/backend/cli/commands/search.ts';
import type { CliIO } from '../../../../electron/backend/cli/command.ts';
import { runCli } from '../../../../electron/backend/cli/run.ts';
import { AppError } from '../../../../shared/errors.ts';
import { CORPUS_DOCS, tempDir } from '../../../helpers/corpus.ts';

let workspace = '';

function capture(): { io: CliIO; out: string[] } {
  const out: string[] = [];
  return { out, io: { out: (t) => out.push(t), err: () => {}, stdin: async () => '' } };
}

async function run(argv: string[]): Promise<{ code: number; out: string[] }> {
  const c = capture();
  return { code: await searchCommand.run(argv, c.io), out: c.out };
}

beforeAll(async () => {
  workspace = path.join(tempDir('search-cli'), 'ws');
  const c = capture();
  const docs = [
    '009-qcph-qlnn-tin-nguong-ton-giao-thai-nguyen.txt',
    '004-qc-hoat-dong-bcd-nha-nuoc-ve-du-lich.txt',
  ];
  expect(
    await runCli(
      ['import', ...docs.map((d) => path.join(CORPUS_DOCS, d)), '--workspace', workspace],
      c.io,
    ),
  ).toBe(0);
});

describe('search command', () => {
  it('finds clauses typed without diacritics and brackets the matched words', async () => {
    const { code, out } = await run(['ton giao', '--workspace', workspace]);
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(2);
    expect(out[0]).toMatch(/\[tôn\] \[giáo\]/i);
    expect(out.at(-1)).toMatch(/kết quả/);
  });

  it('prints {total, hits} as JSON and honours --limit, the second time from the saved index', async () => {
    const { out } = await run(['phoi hop', '--workspace', workspace, '--json', '--limit', '2']);
    const parsed = JSON.parse(out.join('\n')) as {
      total: number;
      hits: { id: string; docNumber: string }[];
    };
    expect(parsed.total).toBeGreaterThan(2);
    expect(parsed.hits).toHaveLength(2);
    const again = JSON.parse(
      (await run(['phoi hop', '--workspace', workspace, '--json', '--limit', '2'])).out.join('\n'),
    );
    expect(again).toEqual(parsed);
  });

  it('says so when nothing matches', async () => {
    const { out } = await run(['tam ngung xyz', '--workspace', workspace]);
    expect(out).toEqual(['Không tìm thấy điều khoản nào khớp với "tam ngung xyz".']);
  });

  it.each([
    [['nguoi'], 'input.invalid'],
    [['--workspace', '/tmp'], 'input.invalid'],
    [['nguoi', '--workspace', '/tmp', '--limit', '0'], 'input.invalid'],
    [['nguoi', '--workspace', '/nonexistent/rasoat'], 'workspace.not_open'],
  ])('rejects %j with %s', async (argv, code) => {
    await expect(run(argv)).rejects.toSatisfy((e) => e instanceof AppError && e.code === code);
  });

  it('brackets overlapping-free highlight ranges in order', () => {
    const hit = {
      id: 'x',
      documentId: 'd',
      docNumber: '',
      docTitle: '',
      articleLabel: '',
      score: 1,
      snippet: {
        text: 'người đứng đầu',
        highlights: [
          [6, 10],
          [0, 5],
        ] as [number, number][],
      },
    };
    expect(bracketed(hit)).toBe('[người] [đứng] đầu');
  });
});
