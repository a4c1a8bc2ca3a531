/**
 * What each document-level finding says, kept as data (data/messages.json). One kind may have
 * several variants (the principle is missing, or stated without effect); `{name}` slots are
 * filled from the finding's details.
 */
import { z } from 'zod';
import { DOC_KINDS, type Bilingual, type DocKind, type Severity } from '../model/finding.ts';
import raw from './data/messages.json' with { type: 'json' };
import type { DocFinding } from './types.ts';

const Bi = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const Variant = z.strictObject({
  kind: z.enum(DOC_KINDS),
  severity: z.enum(['info', 'low', 'medium', 'high']),
  directiveRef: z.string().min(1),
  message: Bi,
  explanation: Bi,
});

export type VariantId = keyof typeof raw;

/** Parsed once at load: a malformed message file is a build error, not a runtime surprise. */
export const VARIANTS: Readonly<Record<VariantId, z.infer<typeof Variant>>> = z
  .record(z.string(), Variant)
  .parse(raw) as Record<VariantId, z.infer<typeof Variant>>;

function fill(b: Bilingual, slots: Readonly<Record<string, string>>): Bilingual {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => slots[k] ?? m);
  return { vi: f(b.vi), en: f(b.en) };
}

/** A finding of the given variant, with its evidence and optional slot values. */
export function docFinding(
  id: VariantId,
  evidence: string[],
  extra: { articleNumber?: string; slots?: Readonly<Record<string, string>> } = {},
): DocFinding {
  const x = VARIANTS[id];
  const slots = extra.slots ?? {};
  const f: DocFinding = {
    kind: x.kind,
    severity: x.severity,
    message: fill(x.message, slots),
    explanation: fill(x.explanation, slots),
    directiveRef: x.directiveRef,
    evidence,
  };
  if (extra.articleNumber !== undefined) f.articleNumber = extra.articleNumber;
  return f;
}

/** How a document check presents itself in the rules list: its first variant's words. */
export function docCheckInfo(kind: DocKind): {
  severity: Severity;
  message: Bilingual;
  directiveRef: string;
} {
  const v = Object.values(VARIANTS).find((x) => x.kind === kind);
  if (!v) throw new Error(`no message for ${kind}`);
  return { severity: v.severity, message: v.message, directiveRef: v.directiveRef };
}
