/**
 * The folded syllables seen in any field, for prefix completion of the word being typed.
 * Counts are document frequencies (number of field values holding the syllable); they are not
 * decremented on removal, which only makes an expansion slightly more generous until the next
 * compaction rebuilds them.
 */
export type Vocabulary = {
  addWords(words: Iterable<string>): void;
  /**
   * Syllables starting with `prefix`: the prefix itself when seen, then completions from the most
   * frequent down, while their summed counts stay within `budget` (at most `max` of them).
   */
  expand(prefix: string, max: number, budget: number): string[];
  count(word: string): number;
  toJSON(): Array<[string, number]>;
};

export function createVocabulary(entries: Array<[string, number]> = []): Vocabulary {
  const counts = new Map<string, number>(entries);
  let sorted: string[] | null = null;
  const countOf = (w: string): number => counts.get(w) ?? 0;

  const lowerBound = (arr: string[], key: string): number => {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((arr[mid] ?? '') < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    addWords(words) {
      for (const w of words) {
        const n = counts.get(w);
        if (n === undefined) sorted = null;
        counts.set(w, (n ?? 0) + 1);
      }
    },
    expand(prefix, max, budget) {
      sorted ??= [...counts.keys()].sort();
      const found: string[] = [];
      for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
        const w = sorted[i] ?? '';
        if (!w.startsWith(prefix)) break;
        if (w !== prefix) found.push(w);
      }
      found.sort((a, b) => countOf(b) - countOf(a));
      const out = counts.has(prefix) ? [prefix] : [];
      let spent = countOf(prefix);
      for (const w of found) {
        if (out.length >= max || (out.length > 0 && spent + countOf(w) > budget)) break;
        out.push(w);
        spent += countOf(w);
      }
      return out;
    },
    count: countOf,
    toJSON() {
      return [...counts];
    },
  };
}
