import { AppError } from '../errors.ts';
import { RulePackSchema, type RulePack } from './schema.ts';

function where(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || '(gốc)';
}

/**
 * Parse a rule pack read from `fileName` (a user pack from the workspace, or a built-in one).
 * Throws AppError 'rules.invalid' naming the file, the place and, for unknown keys, the key.
 */
export function validatePack(data: unknown, fileName: string): RulePack {
  const r = RulePackSchema.safeParse(data);
  if (r.success) {
    const seen = new Set<string>();
    for (const rule of r.data.rules) {
      if (seen.has(rule.id))
        throw new AppError('rules.invalid', `${fileName}: mã quy tắc "${rule.id}" bị trùng`);
      seen.add(rule.id);
    }
    return r.data;
  }
  const lines = r.error.issues.slice(0, 5).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return `khóa không hợp lệ ${keys} tại ${where(issue.path)} (unknown key)`;
    }
    return `${where(issue.path)}: ${issue.message}`;
  });
  throw new AppError('rules.invalid', `${fileName}: ${lines.join('; ')}`);
}
