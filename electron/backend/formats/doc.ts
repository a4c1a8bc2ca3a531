/**
 * Legacy Word (.doc) reader on word-extractor. It sees no list numbering, so automatic "1." and
 * "a)" labels are lost; it runs only in the parse child process because it is unmaintained.
 */
import WordExtractor from 'word-extractor';
import { AppError } from '../../../shared/errors.ts';
import type { ExtractedText } from '../../../shared/model/document.ts';
import { toLines } from './text-lines.ts';
import { decodeLegacy, detectLegacyEncoding } from './legacy-encoding.ts';
import { classifyOle } from './ole.ts';

const ENCRYPTED = 'Tệp Word được đặt mật khẩu. Hãy gỡ mật khẩu rồi nhập lại.';

/** Reads a .doc held in memory. */
export async function readDoc(data: Buffer): Promise<ExtractedText> {
  switch (classifyOle(data)) {
    case 'encrypted-package':
    case 'word-encrypted':
      throw new AppError('document.encrypted', ENCRYPTED);
    case 'other':
      throw new AppError(
        'document.unsupported',
        'Tệp Office này không phải văn bản Word, không đọc được.',
      );
    case 'broken':
      throw new AppError('document.corrupt', 'Tệp Word (DOC) bị hỏng, không đọc được.');
    case 'word':
      break;
  }
  let body: string;
  try {
    const doc = await new WordExtractor().extract(data);
    body = doc.getBody({ filterUnicode: false });
  } catch (err) {
    throw new AppError('document.corrupt', 'Tệp Word (DOC) bị hỏng, không đọc được.', {
      cause: err,
    });
  }
  const warnings = [
    'Tệp .doc không giữ được số thứ tự tự động của Word; nếu khoản, điểm bị thiếu số, hãy lưu lại thành .docx.',
  ];
  const legacy = detectLegacyEncoding(body);
  if (legacy) {
    body = decodeLegacy(body, legacy);
    warnings.push(
      `Văn bản dùng bảng mã ${legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI'} cũ; đã chuyển sang Unicode.`,
    );
  }
  return { text: toLines(body), warnings, format: 'doc' };
}
