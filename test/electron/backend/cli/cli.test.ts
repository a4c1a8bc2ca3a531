import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/backend/cli/run.ts';

const root = path.resolve(import.meta.dirname, '../../../..');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), stdin: async () => '' },
  };
}

describe('rasoat CLI', () => {
  it('prints help listing its commands', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/info \[--json\]/);
  });

  it('refuses an unknown command with exit code 2', async () => {
    const c = capture();
    expect(await runCli(['frobnicate'], c.io)).toBe(2);
    expect(c.err.join('')).toContain('Lệnh không tồn tại');
  });

  it('info --json, run as a real process on the project Node, gives app, Node 24 and SQLite versions', () => {
    const out = execFileSync(process.execPath, ['electron/backend/cli/main.ts', 'info', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const info = JSON.parse(out) as { version: string; node: string; sqlite: string };
    expect(info.node).toMatch(/^24\./);
    expect(info.sqlite).toMatch(/^3\.\d+\.\d+$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
