/** Imports a batch: hash, de-duplicate, parse off-thread, store atomically. One bad file never stops it. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, toErrorInfo } from '../../../shared/errors.ts';
import type { ParsedDocument } from '../../../shared/model/document.ts';
import type { Db } from '../db/database.ts';
import { findVersionBySha, storeDocument, type Stored } from '../db/store-document.ts';
import { collectFiles } from './collect.ts';

export type ImportResult = {
  file: string;
  status: 'imported' | 'duplicate' | 'error';
  code?: string;
  message?: string;
  documentId?: string;
  version?: number;
};

export type ParseFn = (file: string, signal: AbortSignal) => Promise<ParsedDocument>;

export type ImportContext = {
  signal: AbortSignal;
  progress: (done: number, total: number, label: string) => void;
  /** Called after each document is committed (analysis, search index). */
  onStored?: (stored: Stored) => void | Promise<void>;
  /** Folder where a copy of each imported original is kept (named by its SHA-256). */
  originalsDir?: string;
};

export const MAX_FILE_BYTES = 150 * 1024 * 1024;

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function originalName(sha: string, file: string): string {
  return `${sha}${path.extname(file).toLowerCase()}`;
}

async function keepOriginal(file: string, sha: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await copyFile(file, path.join(dir, originalName(sha, file)));
}

async function importOne(
  db: Db,
  file: string,
  ctx: ImportContext,
  parse: ParseFn,
): Promise<ImportResult> {
  const st = await stat(file);
  if (st.size > MAX_FILE_BYTES) {
    throw new AppError(
      'document.too_large',
      `Tệp quá lớn (${Math.round(st.size / 1048576)} MB; tối đa 150 MB).`,
    );
  }
  const digest = await sha256(file);
  const dup = findVersionBySha(db, digest);
  if (dup) {
    return {
      file,
      status: 'duplicate',
      documentId: dup.documentId,
      message: 'Tệp này đã được nhập trước đó.',
    };
  }
  const parsed = await parse(file, ctx.signal);
  if (ctx.signal.aborted) throw new AppError('job.cancelled', 'Đã hủy theo yêu cầu.');
  // The copy goes first: a crash before the commit leaves only an unreferenced copy, never a
  // document whose original is missing.
  if (ctx.originalsDir) await keepOriginal(file, digest, ctx.originalsDir);
  const stored = storeDocument(db, {
    parsed,
    sha256: digest,
    fileName: path.basename(file),
    sourcePath: path.resolve(file),
    format: path.extname(file).slice(1).toLowerCase() || 'txt',
    sizeBytes: st.size,
  });
  await ctx.onStored?.(stored);
  return { file, status: 'imported', documentId: stored.documentId, version: stored.version };
}

export async function importFiles(
  db: Db,
  paths: readonly string[],
  ctx: ImportContext,
  parse: ParseFn,
): Promise<ImportResult[]> {
  const { files, missing } = await collectFiles(paths);
  const results: ImportResult[] = missing.map((file) => ({
    file,
    status: 'error',
    code: 'document.not_found',
    message: 'Không tìm thấy tệp hoặc thư mục.',
  }));
  for (const [i, c] of files.entries()) {
    if (ctx.signal.aborted) break;
    ctx.progress(i, files.length, path.basename(c.file));
    try {
      results.push(await importOne(db, c.file, ctx, parse));
    } catch (err) {
      if (err instanceof AppError && err.code === 'job.cancelled') break;
      const info = toErrorInfo(err);
      results.push({ file: c.given, status: 'error', code: info.code, message: info.message });
    }
  }
  ctx.progress(results.length, files.length + missing.length, '');
  return results;
}
