/** The packs shipped with the app, imported as data (shared/ does no I/O). */
import proc from './packs/proc.json' with { type: 'json' };
import resp from './packs/resp.json' with { type: 'json' };
import type { RulePack } from './schema.ts';
import { validatePack } from './validate.ts';
import { packsHash } from './version.ts';

export const builtinPacks: readonly RulePack[] = [
  validatePack(proc, 'proc.json'),
  validatePack(resp, 'resp.json'),
];

/** Version of the built-in rules: pack versions plus a content hash, recorded with findings. */
export const RULES_VERSION = `${builtinPacks.map((p) => `${p.pack}@${p.version}`).join('+')}#${packsHash(builtinPacks)}`;
