import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/errors.ts';
import { REPORTS_DIR } from '../../reports/register.ts';
import { workspacePublicKey } from '../../reports/signing.ts';
import { verifyReport } from '../../reports/verify.ts';
import { parseArgs, type CliCommand } from '../command.ts';

const LABEL = {
  valid: 'HỢP LỆ',
  altered: 'ĐÃ BỊ SỬA ĐỔI',
  unknown_key: 'KHÓA KHÔNG XÁC ĐỊNH',
  unsigned: 'KHÔNG CÓ CHỮ KÝ',
} as const;

/** Exit codes: 0 valid, 1 altered or not checkable, 3 intact but signed by an unknown key. */
const EXIT = { valid: 0, altered: 1, unsigned: 1, unknown_key: 3 } as const;

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: 'verify <tệp báo cáo> [--sig tệp.sig.json] [--workspace <thư mục>] [--json]',
  summary: 'Kiểm tra tính toàn vẹn của báo cáo đã xuất (0 hợp lệ, 1 bị sửa đổi, 3 khóa lạ)',
  run: async (argv, io) => {
    const { flags, positionals } = parseArgs(argv, ['json']);
    const file = positionals[0];
    if (!file) throw new AppError('input.invalid', 'Thiếu tệp báo cáo cần kiểm tra.');
    if (!existsSync(file)) throw new AppError('input.invalid', `Không tìm thấy tệp: ${file}`);
    const sig = flags.get('sig');
    // The key is known when the workspace is named, or when the report still sits in one.
    const wsFlag = flags.get('workspace');
    const wsDir =
      typeof wsFlag === 'string'
        ? path.resolve(wsFlag)
        : path.basename(path.dirname(path.resolve(file))) === REPORTS_DIR
          ? path.dirname(path.dirname(path.resolve(file)))
          : null;
    const pub = wsDir ? workspacePublicKey(wsDir) : null;
    const r = await verifyReport({
      file,
      sigFile: typeof sig === 'string' ? sig : undefined,
      trustedKeys: pub ? [pub] : [],
      searchDirs: wsDir ? [path.join(wsDir, REPORTS_DIR)] : [],
    });
    if (flags.has('json')) io.out(JSON.stringify(r, null, 2));
    else {
      io.out(`${LABEL[r.status]} — ${path.basename(r.file)}`);
      io.out(r.message.vi);
      for (const d of r.details) io.out(`  · ${d.vi}`);
    }
    return EXIT[r.status];
  },
};
