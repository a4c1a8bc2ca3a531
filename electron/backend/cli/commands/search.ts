import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/errors.ts';
import { DB_FILE } from '../../workspace.ts';
import type { SearchHit } from '../../index/types.ts';
import { openWorkspace } from '../../workspace.ts';
import { parseArgs, type CliCommand } from '../command.ts';

const USAGE = 'search "<từ khóa>" --workspace <thư mục> [--json] [--limit N]';

/** The snippet with each matched word in [brackets]. */
export function bracketed(hit: SearchHit): string {
  const { text, highlights } = hit.snippet;
  let out = '';
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
}

function positiveInt(value: string | true | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1) {
    throw new AppError(
      'input.invalid',
      `--limit phải là số nguyên dương (nhận được: ${String(value)})`,
    );
  }
  return n;
}

export const searchCommand: CliCommand = {
  name: 'search',
  usage: USAGE,
  summary: 'Tìm điều khoản theo từ khóa (gõ có hoặc không dấu) trong thư mục làm việc',
  run: async (argv, io) => {
    const { flags, positionals } = parseArgs(argv, ['json']);
    const query = positionals.join(' ').trim();
    const workspace = flags.get('workspace');
    if (!query) throw new AppError('input.invalid', `Thiếu từ khóa tìm kiếm. Cách dùng: ${USAGE}`);
    if (typeof workspace !== 'string') {
      throw new AppError('input.invalid', `Thiếu --workspace <thư mục>. Cách dùng: ${USAGE}`);
    }
    const limit = positiveInt(flags.get('limit'), 20);
    if (!existsSync(path.join(workspace, DB_FILE))) {
      throw new AppError(
        'workspace.not_open',
        `Không có thư mục làm việc RàSoát tại "${workspace}".`,
      );
    }
    const ws = openWorkspace(workspace);
    let result;
    try {
      result = (await ws.search.index()).search(query, { limit });
    } finally {
      await ws.close(); // saves a rebuilt index for the next search
    }
    const { total, hits, tookMs } = result;
    if (flags.has('json')) {
      io.out(JSON.stringify({ total, hits }, null, 2));
      return 0;
    }
    if (!hits.length) {
      io.out(`Không tìm thấy điều khoản nào khớp với "${query}".`);
      return 0;
    }
    for (const h of hits)
      io.out(`${h.docNumber || h.docTitle} · ${h.articleLabel} · ${bracketed(h)}`);
    io.out(`— ${hits.length}/${total} kết quả (${tookMs.toFixed(1)} ms)`);
    return 0;
  },
};
