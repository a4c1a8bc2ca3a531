/** The report and verify commands, in process, on a reviewed workspace. */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/backend/cli/run.ts';
import { tempDir } from '../../../helpers/corpus.ts';
import { flipByte, reviewedWorkspace, type Reviewed } from './fixture.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), stdin: async () => '' },
  };
}

let r: Reviewed;
let ws = '';

beforeAll(async () => {
  r = await reviewedWorkspace();
  ws = r.s.workspace()!.path;
}, 120_000);

afterAll(async () => r?.s.close());

describe('report and verify commands', () => {
  it('exports a signed DOCX into the workspace, then says it is valid (exit 0)', async () => {
    const c = capture();
    const code = await runCli(
      ['report', '--workspace', ws, '--format', 'docx', '--unit', 'Sở Nội vụ'],
      c.io,
    );
    expect(code, c.err.join('\n')).toBe(0);
    const file = c.out[0]!;
    expect(path.dirname(file)).toBe(path.join(ws, 'reports'));
    const v = capture();
    expect(await runCli(['verify', file], v.io)).toBe(0);
    expect(v.out[0]).toMatch(/^HỢP LỆ/);
  });

  it('writes to --out; an altered copy exits 1, an intact copy away from the workspace exits 3', async () => {
    const out = path.join(tempDir('cli'), 'bao-cao.pdf');
    const c = capture();
    expect(await runCli(['report', '--workspace', ws, '--format', 'pdf', '--out', out], c.io)).toBe(
      0,
    );
    expect(c.out[0]).toBe(out);
    const v = capture();
    expect(await runCli(['verify', out, '--workspace', ws], v.io)).toBe(0);
    const away = path.join(tempDir('away'), 'x.pdf');
    copyFileSync(out, away);
    const u = capture();
    expect(await runCli(['verify', away, '--sig', `${out}.sig.json`], u.io)).toBe(3);
    expect(u.out[0]).toMatch(/^KHÓA KHÔNG XÁC ĐỊNH/);
    flipByte(out, 1000);
    const a = capture();
    expect(await runCli(['verify', out, '--workspace', ws], a.io)).toBe(1);
    expect(a.out.join('\n')).toMatch(/ĐÃ BỊ SỬA ĐỔI[\s\S]*SHA-256 của tệp là/);
  });

  it('refuses an unknown format', async () => {
    const c = capture();
    expect(await runCli(['report', '--workspace', ws, '--format', 'odt'], c.io)).toBe(1);
    expect(c.err.join('')).toContain('--format');
  });
});
