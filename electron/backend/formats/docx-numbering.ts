/**
 * Word's automatic list numbering, recomputed from word/numbering.xml: khoản "1." and điểm "a)"
 * that exist only as numbering would otherwise vanish from the text. Counters are kept per
 * abstract numbering (as Word does); a num's startOverride restarts its levels the first time
 * that num is used.
 */
import { tokenize } from './xml.ts';

type Level = {
  start: number;
  format: string;
  text: string;
  restart: number | null;
  legal: boolean;
};
type Num = { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> };

export type NumberingDefs = { abstracts: Map<string, Map<number, Level>>; nums: Map<string, Num> };

const val = (attrs: Record<string, string>): string | undefined => attrs['w:val'];

/** Parses numbering.xml into abstract definitions and nums. */
export function parseNumbering(xml: string): NumberingDefs {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, Num>();
  let abstract: Map<number, Level> | null = null;
  let num: Num | null = null;
  let override: { start?: number; level?: Level } | null = null;
  let level: Level | null = null;
  for (const t of tokenize(xml)) {
    if (t.type === 'close') {
      if (t.name === 'w:abstractNum') abstract = null;
      else if (t.name === 'w:num') num = null;
      else if (t.name === 'w:lvlOverride') override = null;
      else if (t.name === 'w:lvl') level = null;
      continue;
    }
    if (t.type !== 'open') continue;
    const a = t.attrs;
    switch (t.name) {
      case 'w:abstractNum':
        abstract = new Map();
        abstracts.set(a['w:abstractNumId'] ?? '', abstract);
        break;
      case 'w:num':
        num = { abstractId: '', overrides: new Map() };
        nums.set(a['w:numId'] ?? '', num);
        break;
      case 'w:abstractNumId':
        if (num) num.abstractId = val(a) ?? '';
        break;
      case 'w:lvlOverride':
        override = {};
        if (num) num.overrides.set(Number(a['w:ilvl'] ?? 0), override);
        break;
      case 'w:startOverride':
        if (override) override.start = Number(val(a) ?? 1);
        break;
      case 'w:lvl':
        level = { start: 1, format: 'decimal', text: '', restart: null, legal: false };
        if (override) override.level = level;
        else abstract?.set(Number(a['w:ilvl'] ?? 0), level);
        break;
      case 'w:start':
        if (level) level.start = Number(val(a) ?? 1);
        break;
      case 'w:numFmt':
        if (level) level.format = val(a) ?? 'decimal';
        break;
      case 'w:lvlText':
        if (level) level.text = val(a) ?? '';
        break;
      case 'w:lvlRestart':
        if (level) level.restart = Number(val(a) ?? 0);
        break;
      case 'w:isLgl':
        if (level) level.legal = val(a) !== '0' && val(a) !== 'false';
        break;
    }
  }
  return { abstracts, nums };
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

function letters(n: number): string {
  // Word: a…z, then aa…zz, aaa…
  const k = Math.max(1, n);
  const ch = String.fromCharCode(97 + ((k - 1) % 26));
  return ch.repeat(Math.floor((k - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? '0' + n : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** A bullet's label as the structure parser expects it: "+" stays, anything else is "-". */
function bulletLabel(text: string): string {
  return text.trim() === '+' ? '+' : '-';
}

/** Counts list paragraphs in document order and returns each one's label. */
export class NumberingCounter {
  private readonly defs: NumberingDefs;
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(defs: NumberingDefs) {
    this.defs = defs;
  }

  private level(num: Num, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? this.defs.abstracts.get(num.abstractId)?.get(ilvl);
  }

  /** The label for a paragraph with this numId and level ("1.", "a)", "-"), or "" for none. */
  next(numId: string, ilvl: number): string {
    const num = this.defs.nums.get(numId);
    if (!num || numId === '0') return '';
    const lvl = this.level(num, ilvl);
    if (!lvl) return '';
    const counters = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counters);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, o] of num.overrides) if (o.start !== undefined) counters[l] = o.start - 1;
    }
    const startOf = (l: number): number =>
      num.overrides.get(l)?.start ?? this.level(num, l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : (counters[ilvl] ?? 0) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      // lvlRestart 0: never restart; n: restart only after level n-1 or above (1-based n).
      const restart = this.level(num, deeper)?.restart;
      if (restart === 0 || (restart != null && ilvl > restart - 1)) continue;
      counters[deeper] = undefined;
    }
    if (lvl.format === 'bullet') return bulletLabel(lvl.text);
    return lvl.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const n = counters[l] ?? startOf(l);
      const format =
        lvl.legal && l !== ilvl ? 'decimal' : (this.level(num, l)?.format ?? 'decimal');
      return formatNumber(n, format);
    });
  }
}
