import type { RulePack } from './schema.ts';

/** FNV-1a over the packs' canonical JSON: a stable content hash with no crypto dependency. */
export function packsHash(packs: readonly RulePack[]): string {
  const s = JSON.stringify(packs);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
