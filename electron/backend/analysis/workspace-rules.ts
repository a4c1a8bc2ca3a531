/**
 * The engine a workspace analyses with: built-in packs, the user's own packs from <workspace>/rules
 * (JSON or YAML), and overrides (rules switched off, severities changed). A broken user pack is
 * reported and skipped; it never stops analysis.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { toErrorInfo } from '../../../shared/errors.ts';
import type { Severity } from '../../../shared/model/finding.ts';
import {
  builtinPacks,
  createEngine,
  RULES_VERSION,
  validatePack,
  type Engine,
  type Rule,
  type RulePack,
} from '../../../shared/rules/index.ts';
import type { Db } from '../db/database.ts';

export type RuleOverrides = { disabled: string[]; severity: Record<string, Severity> };
export type WorkspaceEngine = {
  engine: Engine;
  /** Every rule of every loaded pack, switched on or off. */
  all: Rule[];
  version: string;
  overrides: RuleOverrides;
  userPacks: string[];
  problems: string[];
};

export const USER_RULES_DIR = 'rules';
const OVERRIDES_KEY = 'rules.overrides';

export function readOverrides(db: Db): RuleOverrides {
  const row = db.prepare('SELECT value_json FROM settings WHERE key = ?').get(OVERRIDES_KEY) as
    { value_json: string } | undefined;
  const v = row ? (JSON.parse(row.value_json) as Partial<RuleOverrides>) : {};
  return { disabled: v.disabled ?? [], severity: v.severity ?? {} };
}

export function writeOverrides(db: Db, o: RuleOverrides): void {
  db.prepare(
    'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  ).run(OVERRIDES_KEY, JSON.stringify(o));
}

function listRuleFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => /\.(json|ya?ml)$/i.test(n))
      .sort();
  } catch {
    return []; // no user rules folder: nothing to add
  }
}

function loadUserPacks(dir: string): { packs: RulePack[]; files: string[]; problems: string[] } {
  const packs: RulePack[] = [];
  const files: string[] = [];
  const problems: string[] = [];
  const names = listRuleFiles(dir);
  for (const name of names) {
    try {
      const raw = readFileSync(path.join(dir, name), 'utf8');
      const data: unknown = name.toLowerCase().endsWith('.json') ? JSON.parse(raw) : parseYaml(raw);
      packs.push(validatePack(data, name));
      files.push(name);
    } catch (err) {
      problems.push(`${name}: ${toErrorInfo(err).message}`);
    }
  }
  return { packs, files, problems };
}

/** The version findings record: built-in packs, user packs, and a digest of the overrides. */
function versionOf(userPart: string, o: RuleOverrides): string {
  const base = userPart ? `${RULES_VERSION}+${userPart}` : RULES_VERSION;
  if (o.disabled.length === 0 && Object.keys(o.severity).length === 0) return base;
  const canonical = JSON.stringify([[...o.disabled].sort(), Object.entries(o.severity).sort()]);
  return `${base}~${createHash('sha256').update(canonical).digest('hex').slice(0, 8)}`;
}

export function workspaceEngine(workspaceDir: string, db: Db): WorkspaceEngine {
  const overrides = readOverrides(db);
  const user = loadUserPacks(path.join(workspaceDir, USER_RULES_DIR));
  const problems = [...user.problems];
  let engine: Engine;
  let packs: readonly RulePack[] = [...builtinPacks, ...user.packs];
  try {
    engine = createEngine(packs, overrides);
  } catch (err) {
    // A user pack that clashes with a built-in id: analyse with the built-ins alone.
    problems.push(toErrorInfo(err).message);
    engine = createEngine(builtinPacks, overrides);
    packs = builtinPacks;
  }
  const userPart = user.packs.map((p) => `${p.pack}@${p.version}`).join('+');
  return {
    engine,
    all: packs.flatMap((p) => p.rules),
    overrides,
    version: versionOf(userPart, overrides),
    userPacks: user.files,
    problems,
  };
}
