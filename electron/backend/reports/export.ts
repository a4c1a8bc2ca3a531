/** One export: build the content, seal it, render the format, write the file and its signature. */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DirectiveRefT, ReportEntryT, ReportFormatT } from '../../../shared/ipc/reports.ts';
import type { Db } from '../db/database.ts';
import { buildReport } from './build.ts';
import { sha256Hex } from './canonical.ts';
import { renderDocx } from './docx.ts';
import { renderJson, sealContent } from './json-report.ts';
import type { Lang } from './labels.ts';
import type { ReportContent, ReportSeal } from './model.ts';
import { renderPdf } from './pdf.ts';
import { REPORTS_DIR, SIG_FORMAT, reportFileName, sigPathOf, type SigFile } from './register.ts';
import { signBytes, workspaceKey } from './signing.ts';

export type ExportRequest = {
  workspaceDir: string;
  workspaceName: string;
  db: Db;
  format: ReportFormatT;
  lang: Lang;
  directive?: DirectiveRefT | undefined;
  unit: string;
  reviewer: { name: string; position: string };
  /** Where to write instead of `<workspace>/reports/<dated name>` (the CLI's --out). */
  out?: string | undefined;
  progress: (done: number, total: number, label: string) => void;
  throwIfCancelled: () => void;
};

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

async function render(
  format: ReportFormatT,
  content: ReportContent,
  seal: ReportSeal,
  step: (done: number, total: number) => Promise<void>,
): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderPdf(content, seal, { step });
    case 'docx':
      return renderDocx(content, seal, { step });
    case 'json':
      return renderJson(content, seal);
    default: {
      const never: never = format;
      throw new Error(`Unknown format ${String(never)}`);
    }
  }
}

function subjectOf(content: ReportContent): string {
  const only = content.documents.length === 1 ? content.documents[0] : undefined;
  return only?.number || content.unit || 'don-vi';
}

/** Writes atomically (a `.part` file renamed into place), so a cancelled export leaves nothing. */
export async function exportReport(req: ExportRequest): Promise<ReportEntryT> {
  const vi = req.lang === 'vi';
  req.progress(0, 1, vi ? 'Đang tổng hợp nội dung báo cáo' : 'Gathering the report');
  await yieldNow();
  const key = workspaceKey(req.workspaceDir);
  const content = buildReport({
    db: req.db,
    lang: req.lang,
    directive: req.directive,
    unit: req.unit,
    reviewer: req.reviewer,
    workspaceName: req.workspaceName,
    keyFingerprint: key.fingerprint,
  });
  req.throwIfCancelled();
  const seal = sealContent(content, key);
  const label = vi ? 'Đang viết báo cáo' : 'Writing the report';
  const bytes = await render(req.format, content, seal, async (done, total) => {
    req.progress(done, total, label);
    if (done % 20 === 0) await yieldNow();
    req.throwIfCancelled();
  });
  req.throwIfCancelled();
  const created = new Date(content.createdAt);
  const file =
    req.out ??
    path.join(
      req.workspaceDir,
      REPORTS_DIR,
      reportFileName(created, subjectOf(content), req.format, req.lang),
    );
  let target = file;
  for (let i = 2; existsSync(target); i++) target = file.replace(/(\.[a-z]+)$/, `-${i}$1`);
  mkdirSync(path.dirname(target), { recursive: true });
  const sig: SigFile = {
    format: SIG_FORMAT,
    file: path.basename(target),
    reportFormat: req.format,
    size: bytes.length,
    fileSha256: sha256Hex(bytes),
    algorithm: 'Ed25519',
    signature: signBytes(key, bytes),
    publicKeyPem: key.publicKeyPem,
    keyFingerprint: key.fingerprint,
    reportId: content.reportId,
    contentSha256: seal.contentSha256,
    createdAt: content.createdAt,
  };
  const part = `${target}.part`;
  try {
    writeFileSync(part, bytes);
    writeFileSync(sigPathOf(target), `${JSON.stringify(sig, null, 2)}\n`);
    renameSync(part, target);
  } catch (err) {
    rmSync(part, { force: true });
    throw err;
  }
  return {
    file: path.basename(target),
    path: target,
    format: req.format,
    createdAt: content.createdAt,
    sha256: sig.fileSha256,
    size: bytes.length,
    reportId: content.reportId,
    signed: true,
  };
}
