import { AppError } from '../../../shared/errors.ts';
import type { Api } from '../../../shared/ipc/contract.ts';
import { getDocument, listDocuments, removeDocument } from '../db/documents-repo.ts';
import { documentInventory } from '../db/inventory-query.ts';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { importFiles, originalName } from '../import/import-files.ts';
import { analyseAll } from '../analysis/analyse-all.ts';
import { analyseOnStore } from '../analysis/on-store.ts';
import { requireWorkspace, type Ctx } from './context.ts';

type Handlers = Pick<
  Api,
  | 'documents.list'
  | 'documents.import'
  | 'documents.get'
  | 'documents.remove'
  | 'analysis.run'
  | 'documents.original'
  | 'inventory.get'
>;

export function documentHandlers(ctx: Ctx): Handlers {
  return {
    'documents.list': async () => listDocuments(requireWorkspace(ctx).db),
    'documents.import': async ({ paths }) => {
      const ws = requireWorkspace(ctx);
      const jobId = ctx.jobs.start('documents.import', async (job) => {
        const onStored = analyseOnStore(ws, (stored) => {
          ws.search.touch(stored.documentId);
          ctx.emit('documents.changed', { reason: 'documents.imported' });
        });
        return importFiles(
          ws.db,
          paths,
          { signal: job.signal, progress: job.progress, onStored, originalsDir: ws.originalsDir },
          ctx.parse,
        );
      });
      return { jobId };
    },
    'documents.get': async ({ id, versionId }) => {
      const doc = getDocument(requireWorkspace(ctx).db, id, versionId);
      if (!doc)
        throw new AppError(
          'document.not_found',
          'Không tìm thấy văn bản này trong thư mục làm việc.',
        );
      return doc;
    },
    'documents.original': async ({ versionId }) => {
      const ws = requireWorkspace(ctx);
      const v = ws.db
        .prepare('SELECT sha256, file_name, format FROM document_versions WHERE id = ?')
        .get(versionId) as { sha256: string; file_name: string; format: string } | undefined;
      if (!v) throw new AppError('document.not_found', 'Không tìm thấy phiên bản văn bản này.');
      const file = path.join(ws.originalsDir, originalName(v.sha256, v.file_name));
      const bytes = await readFile(file).catch(() => {
        throw new AppError(
          'document.not_found',
          'Không còn bản gốc của tệp này trong thư mục làm việc.',
        );
      });
      return { format: v.format, fileName: v.file_name, base64: bytes.toString('base64') };
    },
    'inventory.get': async ({ documentId }) => {
      const inv = documentInventory(requireWorkspace(ctx).db, documentId);
      if (!inv)
        throw new AppError(
          'document.not_found',
          'Không tìm thấy văn bản này trong thư mục làm việc.',
        );
      return inv;
    },
    'analysis.run': async () => {
      const ws = requireWorkspace(ctx);
      const jobId = ctx.jobs.start('analysis.run', async (job) => {
        const out = analyseAll(ws, job);
        ws.search.touchAll();
        ctx.emit('findings.changed', { reason: 'analysed', ids: [] });
        return out;
      });
      return { jobId };
    },
    'documents.remove': async ({ id }) => {
      const ws = requireWorkspace(ctx);
      const removed = removeDocument(ws.db, id);
      ws.search.touch(id);
      if (removed) ctx.emit('documents.changed', { reason: 'documents.removed' });
      return { removed };
    },
  };
}
