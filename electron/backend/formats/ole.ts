/**
 * Just enough of the OLE compound file format to tell what an Office binary is before handing it
 * to a parser: its stream names (an encrypted DOCX is an OLE file holding "EncryptedPackage") and
 * the start of a stream (the Word FIB says whether a .doc is encrypted).
 */

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(data: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => data[i] === b);
}

type OleEntry = { name: string; type: number; start: number; size: number };

const END_OF_CHAIN = 0xfffffffe;
const MAX_CHAIN = 1 << 20;

/** Reads the directory of an OLE file; returns null when the structure does not hold together. */
export function oleDirectory(data: Buffer): OleEntry[] | null {
  if (!isOle(data) || data.length < 512) return null;
  const sectorSize = 1 << data.readUInt16LE(0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) return null;
  const sectorOffset = (s: number): number => (s + 1) * sectorSize;
  // The FAT sectors listed in the header (109 of them: enough for files up to ~7 MB of FAT).
  const fatSectors: number[] = [];
  const fatCount = data.readUInt32LE(0x2c);
  for (let i = 0; i < Math.min(fatCount, 109); i++)
    fatSectors.push(data.readUInt32LE(0x4c + 4 * i));
  const next = (s: number): number => {
    const perSector = sectorSize / 4;
    const fat = fatSectors[Math.floor(s / perSector)];
    const at = fat === undefined ? -1 : sectorOffset(fat) + 4 * (s % perSector);
    return at >= 0 && at + 4 <= data.length ? data.readUInt32LE(at) : END_OF_CHAIN;
  };
  const entries: OleEntry[] = [];
  let sector = data.readUInt32LE(0x30);
  for (let guard = 0; sector !== END_OF_CHAIN && guard < MAX_CHAIN; guard++) {
    const base = sectorOffset(sector);
    if (base + sectorSize > data.length) return entries.length > 0 ? entries : null;
    for (let off = base; off < base + sectorSize; off += 128) {
      const nameLength = data.readUInt16LE(off + 64);
      if (nameLength < 2 || nameLength > 64) continue;
      const name = data.toString('utf16le', off, off + nameLength - 2);
      entries.push({
        name,
        type: data[off + 66] ?? 0,
        start: data.readUInt32LE(off + 116),
        size: data.readUInt32LE(off + 120),
      });
    }
    sector = next(sector);
  }
  return entries;
}

/** The first `length` bytes of a stream kept in regular sectors (streams of 4096 bytes or more). */
export function oleStreamHead(data: Buffer, entry: OleEntry, length: number): Buffer | null {
  const sectorSize = 1 << data.readUInt16LE(0x1e);
  if (entry.size < 4096) return null;
  const offset = (entry.start + 1) * sectorSize;
  if (offset + Math.min(length, sectorSize) > data.length) return null;
  return data.subarray(offset, offset + Math.min(length, sectorSize));
}

export type OleKind = 'encrypted-package' | 'word' | 'word-encrypted' | 'other' | 'broken';

/** What an OLE file holds, as far as importing is concerned. */
export function classifyOle(data: Buffer): OleKind {
  const dir = oleDirectory(data);
  if (!dir) return 'broken';
  const names = new Set(dir.map((e) => e.name));
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'encrypted-package';
  const word = dir.find((e) => e.name === 'WordDocument');
  if (!word) return 'other';
  const fib = oleStreamHead(data, word, 32);
  // FIB: wIdent 0xA5EC, then flags at 0x0A whose bit 8 is fEncrypted.
  if (fib && fib.readUInt16LE(0) === 0xa5ec && (fib.readUInt16LE(0x0a) & 0x0100) !== 0)
    return 'word-encrypted';
  return 'word';
}
