/**
 * Checks quoted phrases word by word, in order, on the clause text and titles. The pattern matches
 * any character whose fold is the folded query's, so texts are searched as they are, unfolded.
 */
import { foldClass, isWordCode } from './fast-fold.ts';
import type { ParsedQuery } from './query.ts';
import type { RecordStore } from './record-store.ts';

type PhraseTest = { re: RegExp; open: boolean };

/**
 * Syllables separated by white space only. Word boundaries are checked by hand around each
 * match: a look-behind in the pattern would run at every position of every text.
 */
function phraseTest(q: ParsedQuery, phrase: number[]): PhraseTest {
  const words = phrase.map((t) => [...(q.terms[t]?.folded ?? '')].map(foldClass).join(''));
  const last = q.terms[phrase[phrase.length - 1] ?? -1];
  return { re: new RegExp(words.join('\\s+'), 'g'), open: last?.prefix === true };
}

function holds(t: PhraseTest, text: string): boolean {
  t.re.lastIndex = 0;
  for (let m = t.re.exec(text); m; m = t.re.exec(text)) {
    const end = m.index + m[0].length;
    const startsWord = m.index === 0 || !isWordCode(text.charCodeAt(m.index - 1));
    const endsWord = t.open || end === text.length || !isWordCode(text.charCodeAt(end));
    if (startsWord && endsWord) return true;
    t.re.lastIndex = m.index + 1;
  }
  return false;
}

/** The slots whose text, article title or document title holds every phrase of `q`. */
export function verifyPhrases(store: RecordStore, q: ParsedQuery, slots: number[]): number[] {
  const tests = q.phrases.map((p) => phraseTest(q, p));
  const { articles, docs, articleOf, texts } = store.data;
  const titles = new Map<number, string[]>();
  return slots.filter((c) => {
    const a = articleOf[c] ?? 0;
    let heads = titles.get(a);
    if (!heads) {
      const article = articles[a];
      const doc = docs[article?.doc ?? -1];
      heads = [article?.label ?? '', `${doc?.docNumber ?? ''} ${doc?.docTitle ?? ''}`];
      titles.set(a, heads);
    }
    const text = texts[c] ?? '';
    return tests.every((t) => holds(t, text) || heads.some((h) => holds(t, h)));
  });
}
