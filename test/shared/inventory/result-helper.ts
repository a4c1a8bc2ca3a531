/** Classify results built by hand for inventory tests: real clause text, chosen findings. */
import type { ClauseFinding, ProcKind } from '../../../shared/model/finding.ts';
import type { ClassifyResult } from '../../../shared/rules/index.ts';
import { inventoryRows, type InventoryRow } from '../../../shared/inventory/index.ts';

/** A result with one finding per [kind, words]: the span is where the words are in the text. */
export function resultOf(id: string, text: string, hits: [ProcKind, string][]): ClassifyResult {
  const findings: ClauseFinding[] = hits.map(([kind, words]) => {
    const at = text.indexOf(words);
    if (at < 0) throw new Error(`"${words}" not in "${text}"`);
    const m = { vi: kind, en: kind };
    return {
      rule: kind.toLowerCase(),
      kind,
      severity: 'medium',
      span: [at, at + words.length],
      matched: words,
      message: m,
      explanation: m,
      directiveRef: '2.2',
    };
  });
  return { id, proc: true, resp: false, kinds: [...new Set(hits.map((h) => h[0]))], findings };
}

export type HandClause = [id: string, text: string, hits: [ProcKind, string][]];

/** Inventory rows of hand-classified clauses, all in one article. */
export function rowsFor(
  clauses: HandClause[],
  articleTitle = 'Điều 3. Trình tự xử lý',
): InventoryRow[] {
  const list = clauses.map(([id, text]) => ({ id, articleTitle, text }));
  return inventoryRows(
    list,
    new Map(clauses.map(([id, text, hits]) => [id, resultOf(id, text, hits)])),
  );
}
