/** The rules the workspace analyses with, and the reviewer's switches and severities. */
import path from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import type { Api } from '../../../shared/ipc/contract.ts';
import type { RuleInfoT, RulesViewT } from '../../../shared/ipc/rules.ts';
import { DOC_KINDS } from '../../../shared/model/finding.ts';
import { builtinPacks } from '../../../shared/rules/index.ts';
import { docCheckInfo } from '../../../shared/checks/index.ts';
import {
  readOverrides,
  USER_RULES_DIR,
  workspaceEngine,
  writeOverrides,
} from '../analysis/workspace-rules.ts';
import type { Workspace } from '../workspace.ts';
import { requireWorkspace, type Ctx } from './context.ts';

function staleDocuments(ws: Workspace, version: string): number {
  const row = ws.db
    .prepare(
      `SELECT COUNT(*) AS n FROM documents d LEFT JOIN analysis_runs r ON r.version_id = d.current_version_id
        WHERE r.rules_version IS NULL OR r.rules_version <> ?`,
    )
    .get(version) as { n: number };
  return row.n;
}

function view(ws: Workspace): RulesViewT {
  const we = workspaceEngine(ws.path, ws.db);
  const o = we.overrides;
  const builtinIds = new Set(builtinPacks.flatMap((p) => p.rules.map((r) => r.id)));
  const rules: RuleInfoT[] = [];
  for (const c of we.all) {
    rules.push({
      id: c.id,
      kind: c.kind,
      source: builtinIds.has(c.id) ? 'builtin' : 'user',
      enabled: !o.disabled.includes(c.id),
      severity: o.severity[c.id] ?? c.severity,
      defaultSeverity: c.severity,
      message: c.message,
      directiveRef: c.directive,
    });
  }
  for (const kind of DOC_KINDS) {
    const info = docCheckInfo(kind);
    const id = `doc.${kind.slice(4)}`;
    rules.push({
      id,
      kind,
      source: 'document',
      enabled: !o.disabled.includes(id),
      severity: o.severity[id] ?? info.severity,
      defaultSeverity: info.severity,
      message: info.message,
      directiveRef: info.directiveRef,
    });
  }
  return {
    version: we.version,
    folder: path.join(ws.path, USER_RULES_DIR),
    userPacks: we.userPacks,
    problems: we.problems,
    staleDocuments: staleDocuments(ws, we.version),
    rules,
  };
}

export function ruleHandlers(ctx: Ctx): Pick<Api, 'rules.list' | 'rules.update'> {
  return {
    'rules.list': async () => view(requireWorkspace(ctx)),
    'rules.update': async ({ id, enabled, severity }) => {
      const ws = requireWorkspace(ctx);
      if (!view(ws).rules.some((r) => r.id === id))
        throw new AppError('input.invalid', `Không có quy tắc "${id}".`);
      const o = readOverrides(ws.db);
      const disabled = new Set(o.disabled);
      if (enabled === true) disabled.delete(id);
      if (enabled === false) disabled.add(id);
      const sev = { ...o.severity };
      if (severity) sev[id] = severity;
      writeOverrides(ws.db, { disabled: [...disabled], severity: sev });
      return view(ws);
    },
  };
}
