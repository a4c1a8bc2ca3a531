/** Re-analyses every current document version (after a rule change), as one job. */
import type { JobContext } from '../jobs/runner.ts';
import type { Workspace } from '../workspace.ts';
import { analyseVersion } from './analyse-version.ts';
import { workspaceEngine } from './workspace-rules.ts';

export function analyseAll(
  ws: Workspace,
  job: Pick<JobContext, 'signal' | 'progress'>,
): { documents: number; findings: number; problems: string[] } {
  const we = workspaceEngine(ws.path, ws.db);
  const versions = ws.db
    .prepare(
      'SELECT current_version_id AS id, COALESCE(number, id) AS label FROM documents WHERE current_version_id IS NOT NULL ORDER BY created_at',
    )
    .all() as { id: string; label: string }[];
  let findings = 0;
  for (const [i, v] of versions.entries()) {
    job.progress(i, versions.length, v.label);
    findings += analyseVersion(ws.db, v.id, we, job.signal).findings;
  }
  job.progress(versions.length, versions.length, '');
  return { documents: versions.length, findings, problems: we.problems };
}
