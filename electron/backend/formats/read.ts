/**
 * One entry for every document format: picks the reader by the file's first bytes, then by its
 * extension, and turns every failure into an AppError with a Vietnamese message.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import type { ExtractedText } from '../../../shared/model/document.ts';
import { readDoc } from './doc.ts';
import { readDocx } from './docx.ts';
import { classifyOle, isOle } from './ole.ts';
import { readPdf } from './pdf.ts';
import { readText } from './txt.ts';

export type ReadOptions = { maxBytes?: number };

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

const UNSUPPORTED =
  'Định dạng tệp không được hỗ trợ. Hãy dùng PDF, Word (DOCX, DOC), văn bản thuần (TXT) hoặc Markdown (MD).';

type Kind = 'pdf' | 'docx' | 'doc' | 'txt' | 'md' | 'odt' | 'rtf' | 'encrypted-office' | 'unknown';

function startsWith(data: Buffer, text: string): boolean {
  return data.subarray(0, text.length).toString('latin1') === text;
}

/** The format of a file, judged by magic bytes first and the extension second. */
export function sniff(data: Buffer, fileName: string): Kind {
  const ext = path.extname(fileName).toLowerCase();
  // Some producers put junk before "%PDF-"; readers accept it within the first kilobyte.
  if (data.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(data, 'PK\x03\x04')) {
    if (data.subarray(0, 200).includes('mimetypeapplication/vnd.oasis.opendocument')) return 'odt';
    return 'docx';
  }
  if (isOle(data)) return classifyOle(data) === 'encrypted-package' ? 'encrypted-office' : 'doc';
  if (startsWith(data, '{\\rtf')) return 'rtf';
  switch (ext) {
    case '.txt':
    case '.text':
      return 'txt';
    case '.md':
    case '.markdown':
      return 'md';
    case '.pdf':
    case '.docx':
    case '.doc':
      // The extension promises a binary format the bytes do not have.
      throw new AppError(
        'document.corrupt',
        `Tệp ${ext.slice(1).toUpperCase()} bị hỏng hoặc không đúng định dạng.`,
      );
    default:
      return 'unknown';
  }
}

/** Reads a document already in memory; `fileName` is used only for its extension. */
export async function readDocumentData(data: Buffer, fileName: string): Promise<ExtractedText> {
  if (data.length === 0) throw new AppError('document.corrupt', 'Tệp rỗng, không có nội dung.');
  try {
    const kind = sniff(data, fileName);
    switch (kind) {
      case 'pdf':
        return await readPdf(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      case 'docx':
        return await readDocx(data);
      case 'doc':
        return await readDoc(data);
      case 'txt':
      case 'md':
        return readText(data, kind === 'md');
      case 'encrypted-office':
        throw new AppError(
          'document.encrypted',
          'Tệp Word được đặt mật khẩu. Hãy gỡ mật khẩu rồi nhập lại.',
        );
      case 'odt':
        throw new AppError(
          'document.unsupported',
          'Tệp OpenDocument (ODT) chưa được hỗ trợ. Hãy lưu lại thành DOCX hoặc PDF.',
        );
      case 'rtf':
        throw new AppError(
          'document.unsupported',
          'Tệp RTF chưa được hỗ trợ. Hãy lưu lại thành DOCX hoặc PDF.',
        );
      case 'unknown':
        throw new AppError('document.unsupported', UNSUPPORTED);
      default: {
        const never: never = kind;
        throw new AppError('internal', `Loại tệp không xác định: ${String(never)}`);
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    // A parser failing on bad input is the file's fault, not ours: say so in the user's terms.
    throw new AppError('document.corrupt', 'Tệp bị hỏng, không đọc được nội dung.', { cause: err });
  }
}

/** Reads a document file into normalised text, one paragraph a line. */
export async function readDocument(
  filePath: string,
  opts: ReadOptions = {},
): Promise<ExtractedText> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (err) {
    throw new AppError('document.not_found', `Không tìm thấy tệp: ${path.basename(filePath)}`, {
      cause: err,
    });
  }
  if (!stat.isFile())
    throw new AppError('document.unsupported', `Không phải là tệp: ${path.basename(filePath)}`);
  if (stat.size > maxBytes) {
    const mb = (n: number): string => (n / 1048576).toFixed(0);
    throw new AppError(
      'document.too_large',
      `Tệp quá lớn (${mb(stat.size)} MB, tối đa ${mb(maxBytes)} MB).`,
    );
  }
  let data: Buffer;
  try {
    data = await fs.readFile(filePath);
  } catch (err) {
    throw new AppError('document.not_found', `Không đọc được tệp: ${path.basename(filePath)}`, {
      cause: err,
    });
  }
  return readDocumentData(data, filePath);
}
