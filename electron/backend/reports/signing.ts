/**
 * The workspace's Ed25519 report-signing key, made once with node:crypto and kept in the
 * workspace (`keys/report-signing.key.pem`, mode 0600).
 *
 * Trade-off, on purpose: the key lives beside the data, unprotected by a passphrase, so that an
 * offline unit needs no key management. A valid signature therefore proves that the file was not
 * altered since this workspace exported it — not who exported it. Anyone who can read the
 * workspace folder can sign as it; identity needs a key held by a person (a USB token, a CA).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const KEYS_DIR = 'keys';
const PRIVATE_FILE = 'report-signing.key.pem';
const PUBLIC_FILE = 'report-signing.pub.pem';

export type SigningKey = {
  privateKey: KeyObject;
  publicKeyPem: string;
  fingerprint: string;
};

/** SHA-256 of the raw 32-byte public key, in groups of four hex digits. */
export function keyFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ format: 'der', type: 'spki' });
  // An Ed25519 SPKI is a 12-byte header then the 32-byte key.
  const hex = createHash('sha256')
    .update(der.subarray(der.length - 32))
    .digest('hex');
  return hex.toUpperCase().match(/.{4}/g)!.join(' ');
}

function fromPrivate(privateKey: KeyObject): SigningKey {
  const publicKeyPem = createPublicKey(privateKey)
    .export({ format: 'pem', type: 'spki' })
    .toString();
  return { privateKey, publicKeyPem, fingerprint: keyFingerprint(publicKeyPem) };
}

/** The workspace's key, created on first use. */
export function workspaceKey(workspaceDir: string): SigningKey {
  const dir = path.join(workspaceDir, KEYS_DIR);
  const file = path.join(dir, PRIVATE_FILE);
  if (existsSync(file)) return fromPrivate(createPrivateKey(readFileSync(file, 'utf8')));
  mkdirSync(dir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  const key = fromPrivate(privateKey);
  writeFileSync(path.join(dir, PUBLIC_FILE), key.publicKeyPem);
  return key;
}

/** The workspace's public key, or null when it never signed anything (no key is made here). */
export function workspacePublicKey(workspaceDir: string): string | null {
  const file = path.join(workspaceDir, KEYS_DIR, PRIVATE_FILE);
  if (!existsSync(file)) return null;
  return fromPrivate(createPrivateKey(readFileSync(file, 'utf8'))).publicKeyPem;
}

export function signBytes(key: SigningKey, bytes: Uint8Array): string {
  return sign(null, bytes, key.privateKey).toString('base64');
}

/** False for a bad signature and for a key or signature that cannot be read. */
export function verifyBytes(publicKeyPem: string, bytes: Uint8Array, signature: string): boolean {
  try {
    return verify(null, bytes, createPublicKey(publicKeyPem), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
