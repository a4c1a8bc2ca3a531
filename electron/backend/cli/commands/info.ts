import { APP_NAME, APP_VERSION } from '../../app-meta.ts';
import { sqliteVersion } from '../../db/database.ts';
import { SCHEMA_VERSION } from '../../db/migrations/index.ts';
import { parseArgs, type CliCommand } from '../command.ts';

export const infoCommand: CliCommand = {
  name: 'info',
  usage: 'info [--json]',
  summary: 'Phiên bản ứng dụng, Node.js và SQLite',
  run: async (argv, io) => {
    const { flags } = parseArgs(argv, ['json']);
    const info = {
      name: APP_NAME,
      version: APP_VERSION,
      node: process.versions.node,
      sqlite: sqliteVersion(),
      schemaVersion: SCHEMA_VERSION,
      platform: `${process.platform}-${process.arch}`,
    };
    if (flags.has('json')) io.out(JSON.stringify(info));
    else {
      io.out(`${info.name} ${info.version}`);
      io.out(
        `Node.js ${info.node} · SQLite ${info.sqlite} · lược đồ ${info.schemaVersion} · ${info.platform}`,
      );
    }
    return 0;
  },
};
