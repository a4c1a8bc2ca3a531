/**
 * Checking a report file: its detached signature (next to it, given, or found among the
 * workspace's exports), and for a JSON report also the signature embedded in it.
 * valid: intact and signed by a known key; altered: bytes or signature do not match;
 * unknown_key: intact, but signed by a key this workspace does not hold; unsigned: nothing to check against.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { VerifyResultT } from '../../../shared/ipc/reports.ts';
import { canonicalBytes, sha256Hex } from './canonical.ts';
import { embeddedReportId, readJsonReport } from './embedded.ts';
import { formatOf, parseSig, readSig, sigPathOf, SIG_SUFFIX, type SigFile } from './register.ts';
import { keyFingerprint, verifyBytes } from './signing.ts';
import { explain, type Finding } from './verify-text.ts';

export type VerifyRequest = {
  file: string;
  sigFile?: string | undefined;
  /** Public keys (PEM) taken as known: the open workspace's. */
  trustedKeys: string[];
  /** Folders whose `*.sig.json` may describe the file (the workspace's reports folder). */
  searchDirs: string[];
};

function fingerprintOf(pem: string): string | null {
  try {
    return keyFingerprint(pem);
  } catch {
    return null;
  }
}

function findSig(
  dirs: string[],
  sha: string,
  reportId: string | null,
): { sig: SigFile; file: string } | null {
  let byId: { sig: SigFile; file: string } | null = null;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(SIG_SUFFIX)) continue;
      const file = path.join(dir, name);
      const sig = readSig(file);
      if (!sig) continue;
      if (sig.fileSha256 === sha) return { sig, file };
      if (reportId && sig.reportId === reportId) byId ??= { sig, file };
    }
  }
  return byId;
}

export async function verifyReport(req: VerifyRequest): Promise<VerifyResultT> {
  const bytes = readFileSync(req.file);
  const sha = sha256Hex(bytes);
  const format = formatOf(req.file);
  const known = new Set(req.trustedKeys.map(fingerprintOf).filter((f): f is string => f !== null));
  const facts: Finding[] = [];
  let sig: SigFile | null = null;
  let sigFile: string | null = null;
  if (req.sigFile) {
    sig = existsSync(req.sigFile) ? parseSig(readFileSync(req.sigFile, 'utf8')) : null;
    sigFile = req.sigFile;
    if (!sig) facts.push({ code: 'sig_unreadable' });
  } else if (existsSync(sigPathOf(req.file))) {
    sigFile = sigPathOf(req.file);
    sig = readSig(sigFile);
    if (!sig) facts.push({ code: 'sig_unreadable' });
  } else {
    const found = findSig(req.searchDirs, sha, await embeddedReportId(bytes, format));
    if (found) {
      ({ sig } = found);
      sigFile = found.file;
      facts.push({ code: 'sig_found_in_workspace', file: path.basename(found.file) });
    }
  }

  let intact: boolean | null = null;
  let fingerprint: string | null = null;
  let reportId: string | null = null;
  let createdAt: string | null = null;
  let expected: string | null = null;
  if (sig) {
    fingerprint = fingerprintOf(sig.publicKeyPem);
    reportId = sig.reportId;
    createdAt = sig.createdAt;
    expected = sig.fileSha256;
    const hashOk = sig.fileSha256 === sha;
    const sigOk = hashOk && verifyBytes(sig.publicKeyPem, bytes, sig.signature);
    facts.push({
      code: hashOk ? 'file_hash_ok' : 'file_hash_bad',
      expected: sig.fileSha256,
      actual: sha,
    });
    if (hashOk) facts.push({ code: sigOk ? 'file_sig_ok' : 'file_sig_bad' });
    intact = sigOk;
  }
  if (format === 'json') {
    const j = readJsonReport(bytes);
    if (j.kind === 'unreadable') {
      facts.push({ code: 'json_unreadable' });
      intact = false;
      reportId ??= j.reportId;
    } else if (j.kind === 'read') {
      const integ = j.report.integrity;
      const ok =
        j.hashMatches &&
        verifyBytes(integ.publicKeyPem, canonicalBytes(j.report.content), integ.signature);
      facts.push({
        code: !j.hashMatches ? 'content_hash_bad' : ok ? 'content_sig_ok' : 'content_sig_bad',
        expected: integ.contentSha256,
        actual: j.contentSha256,
      });
      intact = (intact ?? true) && ok;
      reportId ??= j.report.content.reportId;
      createdAt ??= j.report.content.createdAt;
      expected ??= integ.contentSha256;
      const embeddedFp = fingerprintOf(integ.publicKeyPem);
      if (fingerprint && embeddedFp && embeddedFp !== fingerprint) {
        facts.push({ code: 'keys_differ' });
        intact = false;
      }
      fingerprint ??= embeddedFp;
    }
  }
  const keyKnown = fingerprint !== null && known.has(fingerprint);
  const status: VerifyResultT['status'] =
    intact === null ? 'unsigned' : !intact ? 'altered' : keyKnown ? 'valid' : 'unknown_key';
  if (intact && !keyKnown) facts.push({ code: 'key_unknown', fingerprint: fingerprint ?? '' });
  if (status === 'unsigned')
    facts.push({ code: 'no_sig', file: path.basename(sigPathOf(req.file)) });
  const text = explain(status, facts, { reportId, createdAt, fingerprint });
  return {
    status,
    file: req.file,
    format: format ?? 'other',
    reportId,
    createdAt,
    sha256: sha,
    expectedSha256: expected,
    keyFingerprint: fingerprint,
    keyKnown,
    sigFile,
    ...text,
  };
}
