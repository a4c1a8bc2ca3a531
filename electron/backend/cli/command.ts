/** A CLI command: its own argument parsing, output through `io` so tests can capture it. */
export type CliIO = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Standard input as text (read lazily; empty when none). */
  stdin: () => Promise<string>;
};

export type CliCommand = {
  name: string;
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run: (argv: string[], io: CliIO) => Promise<number>;
};

/** Tiny flag parser: --flag value, --flag=value, --bool; the rest are positionals. */
export function parseArgs(
  argv: string[],
  booleans: readonly string[] = [],
): { flags: Map<string, string | true>; positionals: string[] } {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
      else {
        const name = a.slice(2);
        const next = argv[i + 1];
        if (!booleans.includes(name) && next !== undefined && !next.startsWith('--')) {
          flags.set(name, next);
          i++;
        } else flags.set(name, true);
      }
    } else positionals.push(a);
  }
  return { flags, positionals };
}
