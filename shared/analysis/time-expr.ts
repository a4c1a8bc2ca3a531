/**
 * Time expressions of Vietnamese rules turned into values: "05 ngày làm việc" → 5 working days,
 * "chậm nhất 15 ngày kể từ …", "trước ngày 15/12 hằng năm", "ngay sau khi …". Matching runs on
 * folded text (so unaccented and NFD input work); spans are offsets in the NFC clause text.
 */
import { prepareText, type PreparedText } from './prepared.ts';

export type TimeUnit =
  'working_day' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'hour' | 'minute';

/** How the amount bounds the work. */
export type TimeRelation =
  | 'within' // trong (thời hạn | vòng | thời gian) N …
  | 'no_later_than' // chậm nhất, không quá, tối đa
  | 'before' // trước N ngày / trước ngày dd/mm
  | 'after' // sau N ngày
  | 'at_least' // ít nhất, tối thiểu
  | 'extension' // gia hạn, kéo dài thêm
  | 'immediate' // ngay, ngay sau khi
  | 'plain'; // an amount with no marker (a table cell "4,5 ngày")

export type TimeExpr = {
  span: [number, number];
  text: string;
  relation: TimeRelation;
  value?: number;
  unit?: TimeUnit;
  /** A calendar deadline: day and month, year when written, recurring period when "hằng …". */
  date?: { day?: number; month?: number; year?: number; recurring?: 'year' | 'quarter' | 'month' };
  /** What the count runs from ("kể từ ngày nhận đủ hồ sơ"). */
  from?: string;
};

/** Numbers written as words ("hai ngày", "mười lăm ngày"), folded; checked against marks later. */
const DIGIT_WORD = String.raw`(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin)`;
const WORD_NUM = String.raw`(?:(?:hai|ba|bon|nam|sau|bay|tam|chin) muoi(?: (?:mot|lam|${DIGIT_WORD}))?|muoi(?: (?:mot|hai|ba|bon|lam|nam|sau|bay|tam|chin))?|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin))`;
const NUM = String.raw`(\d+(?:[.,]\d+)?|${WORD_NUM})(?:\s*\([a-z ]{2,20}\))?`;
const UNIT = String.raw`(ngay lam viec|ngay lv|ngay|gio lam viec|gio|tuan|thang|quy|nam|phut)`;
const MARKER = String.raw`(trong thoi han(?: la)?|trong vong|trong thoi gian|trong|cham nhat(?: la| trong| truoc| sau)?|khong qua|khong vuot qua|khong muon hon|toi da(?: la)?|truoc(?: it nhat)?|sau(?: it nhat)?|it nhat(?: la)?|toi thieu(?: la)?|gia han(?: them)?(?: khong qua)?|keo dai(?: them)?(?: khong qua| nhung khong qua)?|them)`;
const AMOUNT = new RegExp(String.raw`(?:\b${MARKER}\s+)?\b${NUM}\s*${UNIT}\b`, 'g');
const FROM = /^\s*,?\s*(ke tu|tinh tu)\s+([^,.;()\n]{3,80})/;
const DATE = new RegExp(
  String.raw`\b(truoc|cham nhat(?: la)?(?: vao)?|den het|trong)\s+ngay\s+(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})|\s+thang\s+(\d{1,2}))(?:\s*[/.-]\s*(\d{4})|\s+nam\s+(\d{4}))?(?:\s+(hang)\s+(nam|quy|thang))?`,
  'g',
);
const DATE_PLAIN =
  /\bngay\s+(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})|\s+thang\s+(\d{1,2}))(?:\s*[/.-]\s*(\d{4})|\s+nam\s+(\d{4}))?/g;
/** "trước giờ thi 30 phút", "trước ngày họp 02 ngày làm việc": the amount follows the event. */
const EVENT_BEFORE = new RegExp(
  String.raw`\b(truoc|sau)\s+(?:ngay|gio|thoi diem|buoi|khi|phien|ky)\b(?:(?!it nhat|toi thieu|cham nhat)[a-z ]){0,30}?\s${NUM}\s*${UNIT}\b`,
  'g',
);
const LIMIT_BEFORE = /\bthoi (?:han|gian)(?:(?: [a-z]+){0,5}\s*(?:la|:))?\s*$/;
const MONTHLY = /\b(truoc|cham nhat(?: la)?)\s+ngay\s+(\d{1,2})\s+(hang|cua)\s+(thang|quy)\b/g;
const IMMEDIATE =
  /\b(ngay sau khi|ngay khi|ngay trong ngay|ngay lap tuc|(?:bao|bao cao|thong bao|chuyen|gui|xu ly|trinh|ban giao|nop)\s+ngay)\b/g;

const UNITS: Record<string, TimeUnit> = {
  'ngay lam viec': 'working_day',
  'ngay lv': 'working_day',
  ngay: 'day',
  'gio lam viec': 'hour',
  gio: 'hour',
  tuan: 'week',
  thang: 'month',
  quy: 'quarter',
  nam: 'year',
  phut: 'minute',
};

function relationOf(marker: string | undefined, unit: TimeUnit): TimeRelation {
  if (!marker) return 'plain';
  if (marker.startsWith('trong')) return 'within';
  if (/^(cham nhat|khong|toi da)/.test(marker)) return 'no_later_than';
  if (marker.startsWith('truoc')) return 'before';
  if (marker.startsWith('sau')) return 'after';
  if (/^(it nhat|toi thieu)/.test(marker)) return 'at_least';
  if (/^(gia han|keo dai|them)/.test(marker)) return 'extension';
  return unit === 'year' ? 'plain' : 'within';
}

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

const DIGITS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
/** How each folded number word is written with its marks. */
const WRITTEN: Record<string, readonly string[]> = {
  mot: ['một', 'mốt'],
  hai: ['hai'],
  ba: ['ba'],
  bon: ['bốn'],
  tu: ['tư'],
  nam: ['năm'],
  lam: ['lăm'],
  sau: ['sáu'],
  bay: ['bảy', 'bẩy'],
  tam: ['tám'],
  chin: ['chín'],
  muoi: ['mười', 'mươi'],
};
/** Unmarked, these words are as often other words ("sau" after, "nam" south, "tu" from). */
const AMBIGUOUS_BARE = new Set(['sau', 'nam', 'tu']);

/**
 * The value of a number written in words, or undefined when the written marks say the words are
 * something else ("sau ngày ký" is "after the signing day", not "six days").
 */
function wordNumber(p: PreparedText, at: number, folded: string): number | undefined {
  const words = folded.split(' ');
  const written = p.lower.slice(at, at + folded.length).split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const ok = WRITTEN[w]?.includes(written[i] ?? '') ?? false;
    if (p.marked ? !ok : words.length === 1 && AMBIGUOUS_BARE.has(w)) return undefined;
  }
  const [a = '', b, c] = words;
  if (a === 'muoi') return 10 + (b ? (DIGITS[b] ?? 0) : 0);
  if (b === 'muoi') return (DIGITS[a] ?? 0) * 10 + (c ? (DIGITS[c] ?? 0) : 0);
  return DIGITS[a];
}

/** The amount of a match whose number is group 2: digits, or words whose marks agree. */
function amountOf(p: PreparedText, m: RegExpMatchArray): { ok: boolean; value?: number } {
  const raw = m[2] ?? '';
  if (/^\d/.test(raw)) {
    const value = num(raw);
    return value === undefined ? { ok: true } : { ok: true, value };
  }
  // The number follows the marker (group 1) and a space; no 'd' flag, which slows every match.
  const at = (m.index ?? 0) + m[0].lastIndexOf(raw);
  const value = wordNumber(p, at, raw);
  // "năm" counts five only before days, hours or weeks: "năm tháng" is more often years and months.
  if (value === undefined || (raw === 'nam' && /^(?:thang|nam|quy)$/.test(m[3] ?? '')))
    return { ok: false };
  return { ok: true, value };
}

/** "ngay" folds from both "ngay" (at once) and "ngày" (day): keep the written "ngay" only. */
function writtenNgay(p: PreparedText, at: number): boolean {
  const w = p.lower.slice(at, at + 4);
  return w === 'ngay' || !/[àáạảãăâ]/u.test(p.lower.slice(at, at + 4));
}

function timeAt(p: PreparedText): TimeExpr[] {
  const f = p.folded;
  const out: TimeExpr[] = [];
  for (const m of f.matchAll(AMOUNT)) {
    const amount = amountOf(p, m);
    if (!amount.ok) continue;
    const unit = UNITS[m[3] ?? ''] ?? 'day';
    const end = m.index + m[0].length;
    const from = FROM.exec(f.slice(end, end + 90));
    const expr: TimeExpr = {
      span: [m.index, end],
      text: p.text.slice(m.index, end),
      relation: relationOf(m[1], unit),
      unit,
    };
    // "Thời hạn giải quyết là 05 ngày": the amount bounds the work though no marker precedes it.
    if (expr.relation === 'plain' && LIMIT_BEFORE.test(f.slice(Math.max(0, m.index - 60), m.index)))
      expr.relation = 'within';
    if (amount.value !== undefined) expr.value = amount.value;
    if (from)
      expr.from = p.text.slice(end + from.index, end + from[0].length).replace(/^\s*,?\s*/, '');
    out.push(expr);
  }
  for (const m of f.matchAll(EVENT_BEFORE)) {
    const amount = amountOf(p, m);
    if (!amount.ok) continue;
    const unit = UNITS[m[3] ?? ''] ?? 'day';
    const expr: TimeExpr = {
      span: [m.index, m.index + m[0].length],
      text: p.text.slice(m.index, m.index + m[0].length),
      relation: m[1] === 'truoc' ? 'before' : 'after',
      unit,
    };
    if (amount.value !== undefined) expr.value = amount.value;
    out.push(expr);
  }
  for (const m of f.matchAll(DATE)) {
    const rec = m[8];
    const date: NonNullable<TimeExpr['date']> = {};
    const day = num(m[2]);
    const month = num(m[3] ?? m[4]);
    const year = num(m[5] ?? m[6]);
    if (day !== undefined) date.day = day;
    if (month !== undefined) date.month = month;
    if (year !== undefined) date.year = year;
    if (rec === 'nam' || rec === 'quy' || rec === 'thang')
      date.recurring = rec === 'nam' ? 'year' : rec === 'quy' ? 'quarter' : 'month';
    const rel: TimeRelation = m[1]?.startsWith('trong')
      ? 'within'
      : m[1] === 'truoc'
        ? 'before'
        : 'no_later_than';
    out.push({
      span: [m.index, m.index + m[0].length],
      text: p.text.slice(m.index, m.index + m[0].length),
      relation: rel,
      date,
    });
  }
  for (const m of f.matchAll(DATE_PLAIN)) {
    const date: NonNullable<TimeExpr['date']> = {};
    const day = num(m[1]);
    const month = num(m[2] ?? m[3]);
    const year = num(m[4] ?? m[5]);
    if (day !== undefined) date.day = day;
    if (month !== undefined) date.month = month;
    if (year !== undefined) date.year = year;
    out.push({
      span: [m.index, m.index + m[0].length],
      text: p.text.slice(m.index, m.index + m[0].length),
      relation: 'plain',
      date,
    });
  }
  for (const m of f.matchAll(MONTHLY)) {
    const day = num(m[2]);
    const date: NonNullable<TimeExpr['date']> = { recurring: m[4] === 'quy' ? 'quarter' : 'month' };
    if (day !== undefined) date.day = day;
    const rel: TimeRelation = m[1] === 'truoc' ? 'before' : 'no_later_than';
    out.push({
      span: [m.index, m.index + m[0].length],
      text: p.text.slice(m.index, m.index + m[0].length),
      relation: rel,
      date,
    });
  }
  for (const m of f.matchAll(IMMEDIATE)) {
    const at = m[0].startsWith('ngay') ? m.index : m.index + m[0].lastIndexOf('ngay');
    if (!writtenNgay(p, at)) continue;
    out.push({
      span: [m.index, m.index + m[0].length],
      text: p.text.slice(m.index, m.index + m[0].length),
      relation: 'immediate',
    });
  }
  return dedupe(out);
}

/** Drop expressions inside a longer one (a date also matches as an amount, for instance). */
function dedupe(list: TimeExpr[]): TimeExpr[] {
  list.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: TimeExpr[] = [];
  for (const e of list) {
    const last = out[out.length - 1];
    if (last && e.span[0] < last.span[1]) continue;
    out.push(e);
  }
  return out;
}

/** Every time expression in a text (a string or a prepared clause). */
export function parseTimeExpressions(input: string | PreparedText): TimeExpr[] {
  return timeAt(typeof input === 'string' ? prepareText(input) : input);
}

/** Working days as written: working days stay working days; other units convert to calendar days. */
export function toDays(e: TimeExpr): { days: number; working: boolean } | undefined {
  if (e.value === undefined || e.unit === undefined) return undefined;
  const factor: Record<TimeUnit, number> = {
    working_day: 1,
    day: 1,
    week: 7,
    month: 30,
    quarter: 90,
    year: 365,
    hour: 1 / 24,
    minute: 1 / 1440,
  };
  return { days: e.value * factor[e.unit], working: e.unit === 'working_day' };
}
