/** The layer rules must bite: a wrong-way import is a lint error. */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['shared/x/bad.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['shared/x/bad.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x/bad.ts', "import { openWorkspace } from '../../electron/backend/workspace.ts';\nexport const a = openWorkspace;\n"],
    ['renderer/bad.ts', "import path from 'node:path';\nexport const a = path;\n"],
    ['renderer/bad.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/bad.ts', "import { createService } from '../electron/backend/service.ts';\nexport const a = createService;\n"],
    ['electron/backend/bad.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('%s: %s is an error', async (file, code) => {
    expect(await errors(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['shared/x/ok.ts', "import { fold } from '../text/index.ts';\nexport const a = fold;\n"],
    ['renderer/ok.ts', "import { fold } from '../shared/text/index.ts';\nexport const a = fold;\n"],
    ['electron/backend/ok.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
  ])('%s: allowed import passes', async (file, code) => {
    expect(await errors(file, code)).toEqual([]);
  });
});
