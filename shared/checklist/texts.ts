/** The checklist's sentences, kept as data (data/texts.json); `{name}` slots filled on use. */
import type { ChecklistItemId } from '../model/checklist.ts';
import type { Bilingual, FindingKind } from '../model/finding.ts';
import raw from './data/texts.json' with { type: 'json' };

export const TEXTS = raw;

export function metText(id: ChecklistItemId): Bilingual {
  return (raw.met as Partial<Record<ChecklistItemId, Bilingual>>)[id] ?? { vi: id, en: id };
}

export function whyText(
  id: ChecklistItemId,
  slots: Readonly<Record<string, string | number>> = {},
): Bilingual {
  const b = (raw.why as Partial<Record<ChecklistItemId, Bilingual>>)[id] ?? { vi: '', en: '' };
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => String(slots[k] ?? m));
  return { vi: f(b.vi), en: f(b.en) };
}

export function clauseNote(id: ChecklistItemId): Bilingual | undefined {
  return (raw.clauseNote as Partial<Record<ChecklistItemId, Bilingual>>)[id];
}

/** A Vietnamese noun for counting requirements of a kind ("2 bước phê duyệt"). */
export function noun(kind: FindingKind): string {
  return (raw.nouns as Partial<Record<FindingKind, string>>)[kind] ?? kind;
}
