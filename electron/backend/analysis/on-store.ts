/** What follows every committed import: analysis with the workspace's rules. */
import type { Stored } from '../db/store-document.ts';
import type { Workspace } from '../workspace.ts';
import { analyseVersion } from './analyse-version.ts';
import { workspaceEngine } from './workspace-rules.ts';

export function analyseOnStore(
  ws: Workspace,
  after?: (stored: Stored) => void,
): (stored: Stored) => void {
  const we = workspaceEngine(ws.path, ws.db);
  return (stored) => {
    analyseVersion(ws.db, stored.versionId, we);
    after?.(stored);
  };
}
