/**
 * Diacritic-insensitive phrase search over queue rows: "uy quyen" finds "ủy quyền" (and "uỷ
 * quyền"), starting at a word, so it does not find the "uy" inside "quy định".
 */
import { WORD_START, escapeRegExp, fold } from '../../../shared/text/index.ts';
import type { FindingRowT } from '../../../shared/ipc/findings.ts';

// Rows keep their identity across patches, so each is folded once.
const folded = new WeakMap<FindingRowT, string>();

function haystack(r: FindingRowT): string {
  let h = folded.get(r);
  if (h === undefined) {
    h = fold(`${r.kind} ${r.clauseLabel} ${r.docLabel} ${r.matched} ${r.excerpt}`);
    folded.set(r, h);
  }
  return h;
}

export function searchRows(rows: readonly FindingRowT[], query: string): readonly FindingRowT[] {
  const phrase = fold(query.normalize('NFC')).trim().split(/\s+/u).filter(Boolean).join(' ');
  if (phrase === '') return rows;
  // A word start but no word end: the last word may still be being typed.
  const re = new RegExp(WORD_START + phrase.split(' ').map(escapeRegExp).join('\\s+'), 'u');
  return rows.filter((r) => re.test(haystack(r)));
}
