/** The JSON report: canonical content plus an integrity block that verifies it without any other file. */
import { canonicalBytes, canonicalJson, sha256Hex } from './canonical.ts';
import type { ReportContent, ReportSeal } from './model.ts';
import { signBytes, type SigningKey } from './signing.ts';

export const JSON_ENVELOPE = 'rasoat-signed-report/1';
export const CANONICALIZATION =
  'JSON, keys sorted by UTF-16 code units, strings NFC, no whitespace, UTF-8';

export type JsonReport = {
  format: typeof JSON_ENVELOPE;
  content: ReportContent;
  integrity: {
    algorithm: 'Ed25519';
    canonicalization: string;
    /** SHA-256 (hex) of the canonical bytes of `content`. */
    contentSha256: string;
    /** Ed25519 signature (base64) of the canonical bytes of `content` themselves. */
    signature: string;
    publicKeyPem: string;
    keyFingerprint: string;
  };
};

/** Hashes and signs the content: the seal every rendering prints. */
export function sealContent(content: ReportContent, key: SigningKey): ReportSeal {
  const bytes = canonicalBytes(content);
  return {
    reportId: content.reportId,
    contentSha256: sha256Hex(bytes),
    signature: signBytes(key, bytes),
    publicKeyPem: key.publicKeyPem,
    keyFingerprint: key.fingerprint,
  };
}

/** The file itself is canonical JSON too (one line, then a newline). */
export function renderJson(content: ReportContent, seal: ReportSeal): Buffer {
  const doc: JsonReport = {
    format: JSON_ENVELOPE,
    content,
    integrity: {
      algorithm: 'Ed25519',
      canonicalization: CANONICALIZATION,
      contentSha256: seal.contentSha256,
      signature: seal.signature,
      publicKeyPem: seal.publicKeyPem,
      keyFingerprint: seal.keyFingerprint,
    },
  };
  return Buffer.from(`${canonicalJson(doc)}\n`, 'utf8');
}
