/**
 * Every CLI command, in the order `--help` lists them. Each loads only when used, so a fast
 * command (classify) does not pay for the heavy ones' modules (PDF reader, database, search).
 */
import type { CliCommand } from './command.ts';

export const COMMANDS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  info: async () => (await import('./commands/info.ts')).infoCommand,
  parse: async () => (await import('./commands/parse.ts')).parseCommand,
  import: async () => (await import('./commands/import.ts')).importCommand,
  classify: async () => (await import('./commands/classify.ts')).classifyCommand,
  search: async () => (await import('./commands/search.ts')).searchCommand,
  report: async () => (await import('./commands/report.ts')).reportCommand,
  verify: async () => (await import('./commands/verify.ts')).verifyCommand,
};
