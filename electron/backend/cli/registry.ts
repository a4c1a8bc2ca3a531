/** Every CLI command, in the order `--help` lists them. */
import type { CliCommand } from './command.ts';
import { infoCommand } from './commands/info.ts';
import { parseCommand } from './commands/parse.ts';
import { importCommand } from './commands/import.ts';
import { classifyCommand } from './commands/classify.ts';
import { searchCommand } from './commands/search.ts';

export const COMMANDS: readonly CliCommand[] = [
  infoCommand,
  parseCommand,
  importCommand,
  classifyCommand,
  searchCommand,
];
