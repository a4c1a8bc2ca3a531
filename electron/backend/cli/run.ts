/** Dispatches argv to a command; separate from main.ts so tests can run it in-process. */
import { AppError } from '../../../shared/errors.ts';
import { APP_VERSION } from '../app-meta.ts';
import type { CliIO } from './command.ts';
import { COMMANDS } from './registry.ts';

async function help(io: CliIO): Promise<void> {
  const all = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  io.out(`RàSoát ${APP_VERSION} — rà soát quy chế, quy định theo mục 2.2 Chỉ thị 34-CT/TU`);
  io.out('');
  io.out('Cách dùng: npm run rasoat -- <lệnh> [tùy chọn]');
  io.out('');
  const width = Math.max(...all.map((c) => c.usage.length));
  for (const c of all) io.out(`  ${c.usage.padEnd(width)}  ${c.summary}`);
  io.out(`  ${'--help'.padEnd(width)}  Hiển thị trợ giúp này`);
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`Lệnh không tồn tại: ${name}. Xem: npm run rasoat -- --help`);
    return 2;
  }
  const cmd = await load();
  if (rest.includes('--help')) {
    io.out(`Cách dùng: npm run rasoat -- ${cmd.usage}`);
    io.out(cmd.summary);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof AppError) {
      io.err(`Lỗi [${err.code}]: ${err.message}`);
      return err.isUserError ? 1 : 70;
    }
    io.err(`Lỗi nội bộ: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 70;
  }
}
