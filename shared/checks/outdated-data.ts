/**
 * The user-editable list of bodies and legal bases that are no longer current (directive-model
 * §6: facts that change are data, never rules). The app ships data/outdated.json; a workspace may
 * hold an edited copy, which the backend reads and passes through validateOutdatedData.
 *
 * Pattern syntax: a phrase matched without regard to diacritics or case, on Vietnamese word
 * boundaries; any dash matches any dash; "…" (or "...") joins parts that must appear in order
 * within one citation (at most 60 characters apart, not across ";" or a line break).
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import raw from './data/outdated.json' with { type: 'json' };

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng yyyy-mm-dd');
const Pattern = z.string().refine((s) => /[\p{L}\p{N}]/u.test(s), 'mẫu phải có chữ hoặc số');

export const OutdatedEntrySchema = z.strictObject({
  kind: z.enum(['body', 'legal_basis']),
  pattern: Pattern,
  /** Other spellings of the same reference ("UBND huyện" for "Ủy ban nhân dân huyện"). */
  variants: z.array(Pattern).optional(),
  replacedBy: z.string().min(1).optional(),
  effective: IsoDate.optional(),
  note: z.string().min(1),
  source: z.string().min(1),
});

export const OutdatedDataSchema = z.strictObject({
  version: z.string().min(1),
  description: z.string().optional(),
  entries: z.array(OutdatedEntrySchema),
});

export type OutdatedEntry = z.infer<typeof OutdatedEntrySchema>;
export type OutdatedData = z.infer<typeof OutdatedDataSchema>;

function where(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || '(gốc)';
}

/**
 * Parse an outdated-references list read from `fileName`. Throws AppError 'rules.invalid' naming
 * the file, the place and, for unknown keys, the key.
 */
export function validateOutdatedData(data: unknown, fileName: string): OutdatedData {
  const r = OutdatedDataSchema.safeParse(data);
  if (r.success) return r.data;
  const lines = r.error.issues.slice(0, 5).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return `khóa không hợp lệ ${keys} tại ${where(issue.path)} (unknown key)`;
    }
    return `${where(issue.path)}: ${issue.message}`;
  });
  throw new AppError('rules.invalid', `${fileName}: ${lines.join('; ')}`);
}

/** The starter list shipped with the app. */
export const builtinOutdated: OutdatedData = validateOutdatedData(raw, 'outdated.json');
