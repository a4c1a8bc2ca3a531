/**
 * The register of exported reports is the `reports/` folder itself: each report beside its
 * detached `<name>.sig.json`. No table to keep in step; a report copied away keeps its record.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fold } from '../../../shared/text/index.ts';
import type { ReportEntryT, ReportFormatT } from '../../../shared/ipc/reports.ts';
import { sha256Hex } from './canonical.ts';

export const REPORTS_DIR = 'reports';
export const SIG_SUFFIX = '.sig.json';
export const SIG_FORMAT = 'rasoat-signature/1';

/** The detached signature of one exported file. */
export type SigFile = {
  format: typeof SIG_FORMAT;
  file: string;
  reportFormat: ReportFormatT;
  size: number;
  fileSha256: string;
  algorithm: 'Ed25519';
  /** Ed25519 signature (base64) of the file's bytes. */
  signature: string;
  publicKeyPem: string;
  keyFingerprint: string;
  reportId: string;
  contentSha256: string;
  createdAt: string;
};

export function sigPathOf(file: string): string {
  return `${file}${SIG_SUFFIX}`;
}

/** A sig file's fields, or null when it is not one of ours. */
export function parseSig(text: string): SigFile | null {
  try {
    const v = JSON.parse(text) as Partial<SigFile>;
    const strings = [
      'file',
      'fileSha256',
      'signature',
      'publicKeyPem',
      'reportId',
      'createdAt',
    ] as const;
    if (v.format !== SIG_FORMAT || strings.some((k) => typeof v[k] !== 'string')) return null;
    return v as SigFile;
  } catch {
    return null;
  }
}

export function readSig(file: string): SigFile | null {
  return existsSync(file) ? parseSig(readFileSync(file, 'utf8')) : null;
}

const FORMATS: readonly ReportFormatT[] = ['pdf', 'docx', 'json'];

export function formatOf(file: string): ReportFormatT | null {
  const ext = path.extname(file).slice(1).toLowerCase();
  return (FORMATS as readonly string[]).includes(ext) ? (ext as ReportFormatT) : null;
}

/** Exported reports, newest first. */
export function listReports(workspaceDir: string): ReportEntryT[] {
  const dir = path.join(workspaceDir, REPORTS_DIR);
  if (!existsSync(dir)) return [];
  const out: ReportEntryT[] = [];
  for (const name of readdirSync(dir)) {
    const format = formatOf(name);
    if (!format || name.endsWith(SIG_SUFFIX)) continue;
    const full = path.join(dir, name);
    const st = statSync(full);
    if (!st.isFile()) continue;
    const sig = readSig(sigPathOf(full));
    out.push({
      file: name,
      path: full,
      format,
      createdAt: sig?.createdAt ?? st.mtime.toISOString(),
      // The recorded hash; verification compares it with the bytes on disk.
      sha256: sig?.fileSha256 ?? sha256Hex(readFileSync(full)),
      size: st.size,
      reportId: sig?.reportId ?? null,
      signed: sig !== null,
    });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.file.localeCompare(b.file));
}

/** "2025-06-05_bao-cao-ra-soat_55-2011-qd-ubnd_143012.pdf": date, what, time; ASCII only. */
export function reportFileName(
  createdAt: Date,
  subject: string,
  format: ReportFormatT,
  lang: 'vi' | 'en',
): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const d = createdAt;
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  const slug =
    fold(subject)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'don-vi';
  const what = lang === 'vi' ? 'bao-cao-ra-soat' : 'review-report';
  return `${date}_${what}_${slug}_${time}.${format}`;
}
