/** Display names of finding kinds, families and statuses, and the small formats the review shows. */
import type { FindingRowT } from '../../../shared/ipc/findings.ts';
import type { Lang, MessageKey, Translate } from '../../i18n/i18n.tsx';
import { review } from '../../i18n/review.ts';

function isReviewKey(key: string): key is keyof typeof review.vi {
  return Object.hasOwn(review.vi, key);
}

/** Vietnamese (or English) name of a kind; the id itself when the kind is not known here. */
export function kindName(t: Translate, kind: string): string {
  const key = `review.kind.${kind}`;
  return isReviewKey(key) ? t(key) : kind;
}

export function statusKey(status: FindingRowT['status']): MessageKey {
  return `review.status.${status}`;
}

/** "14:05 12/03/2025" in Vietnamese, "2025-03-12 14:05" in English, in local time. */
export function formatWhen(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`;
  const day = p(d.getDate());
  const month = p(d.getMonth() + 1);
  return lang === 'vi'
    ? `${time} ${day}/${month}/${d.getFullYear()}`
    : `${d.getFullYear()}-${month}-${day} ${time}`;
}

/** Splits an excerpt around its matched words, trimming the lead so the match stays in view. */
export function excerptParts(
  excerpt: string,
  matched: string,
  lead = 40,
): [string, string, string] {
  let at = matched ? excerpt.indexOf(matched, excerpt.startsWith('…') ? 1 : 0) : -1;
  if (at < 0 && matched) at = excerpt.indexOf(matched);
  if (at < 0) return [excerpt, '', ''];
  let before = excerpt.slice(0, at);
  if (before.length > lead) {
    const cut = before.indexOf(' ', before.length - lead);
    before = `…${before.slice(cut < 0 ? before.length - lead : cut + 1)}`;
  }
  return [before, excerpt.slice(at, at + matched.length), excerpt.slice(at + matched.length)];
}
