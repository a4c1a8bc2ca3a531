import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/backend/service.ts';
import { createDispatcher } from '../../../electron/backend/rpc.ts';
import { createFilePreferences } from '../../../electron/backend/prefs.ts';
import { DB_FILE } from '../../../electron/backend/workspace.ts';

function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rasoat-svc-'));
  const events: { name: string; payload: unknown }[] = [];
  const prefsFile = path.join(dir, 'prefs.json');
  const service = createService({
    prefs: createFilePreferences(prefsFile),
    emit: (name, payload) => events.push({ name, payload }),
  });
  return { dir, prefsFile, service, events, dispatch: createDispatcher(service.api) };
}

describe('service', () => {
  it('reports app, Node 24 and SQLite versions', async () => {
    const { service } = setup();
    const info = await service.api['app.info']({});
    expect(info.node).toMatch(/^24\./);
    expect(info.sqlite).toMatch(/^3\.\d+/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('saves preferences to disk and reads them back in a new service', async () => {
    const { service, prefsFile } = setup();
    await service.api['settings.set']({
      language: 'en',
      reviewer: { name: 'Lê Thị Hoa', position: 'Chuyên viên pháp chế', unit: 'Văn phòng' },
    });
    expect(JSON.parse(readFileSync(prefsFile, 'utf8')).language).toBe('en');
    const again = createService({ prefs: createFilePreferences(prefsFile), emit: () => {} });
    expect((await again.api['settings.get']({})).reviewer.name).toBe('Lê Thị Hoa');
  });

  it('needs an open workspace for documents, then lists none in a new one', async () => {
    const { service, dir, events, dispatch } = setup();
    const before = await dispatch('documents.list', {});
    expect(before).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'workspace.not_open' }),
    });
    const ws = await service.api['workspace.open']({ path: path.join(dir, 'ws') });
    expect(ws.documentCount).toBe(0);
    expect(existsSync(path.join(dir, 'ws', DB_FILE))).toBe(true);
    expect(await service.api['documents.list']({})).toEqual([]);
    expect(events.map((e) => e.name)).toContain('documents.changed');
    expect((await service.api['settings.get']({})).lastWorkspace).toBe(path.join(dir, 'ws'));
    service.close();
  });

  it('answers unknown methods and bad input with codes, not exceptions', async () => {
    const { dispatch } = setup();
    expect(await dispatch('fs.unlink', {})).toMatchObject({
      ok: false,
      error: { code: 'method.unknown' },
    });
    expect(await dispatch('workspace.open', { path: 7 })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid' },
    });
    expect(await dispatch('app.info', undefined)).toMatchObject({ ok: true });
  });

  it('recovers from a corrupt preferences file with defaults', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rasoat-prefs-'));
    const file = path.join(dir, 'p.json');
    const store = createFilePreferences(file);
    store.set({ language: 'en' });
    writeFileSync(file, '{"language": "fr", "reviewer": {"name": 3}');
    expect(createFilePreferences(file).get().language).toBe('vi');
  });
});
