export { normalizeText } from './normalize.ts';
export { fold, lowerKeep, hasDiacritics } from './fold.ts';
export {
  tokenize,
  escapeRegExp,
  phraseSource,
  isWordChar,
  WORD_START,
  WORD_END,
  type Token,
} from './words.ts';
