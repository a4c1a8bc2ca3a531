/** Every CLI command, in the order `--help` lists them. */
import type { CliCommand } from './command.ts';
import { infoCommand } from './commands/info.ts';

export const COMMANDS: readonly CliCommand[] = [infoCommand];
