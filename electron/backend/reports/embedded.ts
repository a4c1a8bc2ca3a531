/** What a report file says about itself: the report id in its metadata, or the JSON envelope. */
import { openZip } from '../formats/zip.ts';
import { canonicalBytes, sha256Hex } from './canonical.ts';
import { JSON_ENVELOPE, type JsonReport } from './json-report.ts';
import type { ReportFormatT } from '../../../shared/ipc/reports.ts';

const ID = /(?:rasoat-report-id:|"reportId":")([0-9a-f-]{36})/;

/** The report id written in the PDF's or DOCX's metadata, even if other bytes are damaged. */
export async function embeddedReportId(
  bytes: Buffer,
  format: ReportFormatT | null,
): Promise<string | null> {
  if (format === 'pdf' || format === 'json') return ID.exec(bytes.toString('latin1'))?.[1] ?? null;
  if (format !== 'docx') return null;
  try {
    const zip = await openZip(bytes);
    try {
      const core = await zip.read('docProps/core.xml');
      return core ? (ID.exec(core.toString('utf8'))?.[1] ?? null) : null;
    } finally {
      zip.close();
    }
  } catch {
    return null;
  }
}

export type JsonCheck =
  | { kind: 'not_ours' }
  | { kind: 'unreadable'; reportId: string | null }
  | {
      kind: 'read';
      report: JsonReport;
      contentSha256: string;
      hashMatches: boolean;
    };

/** Parses a JSON report and recomputes its content hash (the signature is checked by the caller). */
export function readJsonReport(bytes: Buffer): JsonCheck {
  const text = bytes.toString('utf8');
  if (!text.includes(JSON_ENVELOPE)) return { kind: 'not_ours' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reportId: ID.exec(text)?.[1] ?? null };
  }
  const r = parsed as Partial<JsonReport>;
  if (r.format !== JSON_ENVELOPE || !r.content || !r.integrity) {
    return { kind: 'unreadable', reportId: null };
  }
  const report = r as JsonReport;
  const contentSha256 = sha256Hex(canonicalBytes(report.content));
  return {
    kind: 'read',
    report,
    contentSha256,
    hashMatches: contentSha256 === report.integrity.contentSha256,
  };
}
