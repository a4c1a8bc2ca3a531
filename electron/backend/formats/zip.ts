/**
 * Safe reading of ZIP containers (DOCX). Every entry's declared sizes are checked before anything
 * is inflated, and inflation itself stops at the declared size, so a zip bomb costs nothing.
 */
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors.ts';

export type ZipLimits = {
  /** Sum of the uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Largest single entry we are willing to inflate. */
  maxEntryBytes: number;
  maxEntries: number;
  /** Compression ratio above which a large entry is taken for a bomb. */
  maxRatio: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 200,
};

/** Entries smaller than this are never judged by their ratio (tiny XML compresses very well). */
const RATIO_FLOOR = 1024 * 1024;

const tooLarge = (detail: string): AppError =>
  new AppError(
    'document.too_large',
    `Tệp quá lớn khi giải nén (${detail}); có thể là tệp độc hại, không xử lý.`,
  );

const corrupt = (cause: unknown): AppError =>
  new AppError('document.corrupt', 'Tệp Word (DOCX) bị hỏng hoặc không phải tệp nén hợp lệ.', {
    cause,
  });

export type ZipReader = {
  names: string[];
  /** The entry's bytes, or null if there is no such entry. */
  read: (name: string) => Promise<Buffer | null>;
  close: () => void;
};

/** Opens a ZIP held in memory and checks every entry's sizes up front. */
export async function openZip(
  data: Buffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ZipReader> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(data, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (err) {
    throw corrupt(err);
  }
  const entries = new Map<string, yauzl.Entry>();
  let total = 0;
  try {
    if (zip.entryCount > limits.maxEntries) throw tooLarge(`${zip.entryCount} mục`);
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes)
        throw tooLarge(`hơn ${Math.round(limits.maxTotalBytes / 1048576)} MB`);
      if (entry.uncompressedSize > limits.maxEntryBytes) throw tooLarge(`mục ${entry.fileName}`);
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > RATIO_FLOOR && ratio > limits.maxRatio) {
        throw tooLarge(`tỉ lệ nén ${Math.round(ratio)}:1 ở mục ${entry.fileName}`);
      }
      entries.set(entry.fileName, entry);
    }
  } catch (err) {
    zip.close();
    throw err instanceof AppError ? err : corrupt(err);
  }
  return {
    names: [...entries.keys()],
    read: async (name) => {
      const entry = entries.get(name);
      if (!entry) return null;
      if (entry.isEncrypted()) {
        throw new AppError(
          'document.encrypted',
          'Tệp Word được đặt mật khẩu. Hãy gỡ mật khẩu rồi nhập lại.',
        );
      }
      try {
        const stream = await zip.openReadStreamPromise(entry);
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          // yauzl also checks this; the guard keeps memory bounded whatever the header says.
          if (size > entry.uncompressedSize) throw corrupt(new Error('entry larger than declared'));
          chunks.push(chunk);
        }
        return Buffer.concat(chunks);
      } catch (err) {
        throw err instanceof AppError ? err : corrupt(err);
      }
    },
    close: () => zip.close(),
  };
}
