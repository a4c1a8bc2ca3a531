/** The verifier's verdict and details in plain Vietnamese (and English). */
import type { Bilingual } from '../../../shared/model/finding.ts';
import type { VerifyStatusT } from '../../../shared/ipc/reports.ts';

export type Finding =
  | { code: 'sig_unreadable' | 'file_sig_ok' | 'file_sig_bad' | 'json_unreadable' | 'keys_differ' }
  | { code: 'sig_found_in_workspace' | 'no_sig'; file: string }
  | {
      code:
        | 'file_hash_ok'
        | 'file_hash_bad'
        | 'content_hash_bad'
        | 'content_sig_ok'
        | 'content_sig_bad';
      expected: string;
      actual: string;
    }
  | { code: 'key_unknown'; fingerprint: string };

const MESSAGE: Record<VerifyStatusT, Bilingual> = {
  valid: {
    vi: 'Tệp không bị sửa đổi kể từ khi được xuất; chữ ký khớp khóa của thư mục làm việc này.',
    en: 'The file is unchanged since it was exported, and signed with this workspace’s key.',
  },
  altered: {
    vi: 'Nội dung tệp không khớp với chữ ký lúc xuất báo cáo.',
    en: 'The file does not match the signature made when it was exported.',
  },
  unknown_key: {
    vi: 'Tệp nguyên vẹn theo chữ ký của nó nhưng khóa ký không phải của thư mục làm việc này: hãy đối chiếu dấu vân tay khóa với đơn vị lập báo cáo.',
    en: 'Intact against its own signature but signed with a key this workspace does not hold: compare the key fingerprint with the issuing unit.',
  },
  unsigned: {
    vi: 'Không tìm thấy chữ ký của tệp này nên không kiểm tra được.',
    en: 'No signature was found for this file, so it cannot be checked.',
  },
};

function detail(f: Finding): Bilingual {
  switch (f.code) {
    case 'sig_unreadable':
      return {
        vi: 'Tệp chữ ký (.sig.json) không đọc được hoặc không đúng định dạng.',
        en: 'The .sig.json file cannot be read.',
      };
    case 'sig_found_in_workspace':
      return {
        vi: `Dùng chữ ký lưu trong thư mục làm việc: ${f.file}.`,
        en: `Using the signature kept in the workspace: ${f.file}.`,
      };
    case 'no_sig':
      return {
        vi: `Không có tệp ${f.file} bên cạnh, và thư mục làm việc không lưu chữ ký nào cho tệp này. Hãy chọn kèm tệp .sig.json.`,
        en: `No ${f.file} beside it, and the workspace keeps no signature for it. Pick the .sig.json file too.`,
      };
    case 'file_hash_ok':
      return {
        vi: `SHA-256 của tệp khớp: ${f.actual}.`,
        en: `The file's SHA-256 matches: ${f.actual}.`,
      };
    case 'file_hash_bad':
      return {
        vi: `SHA-256 của tệp là ${f.actual}, lúc xuất là ${f.expected}.`,
        en: `The file's SHA-256 is ${f.actual}; at export it was ${f.expected}.`,
      };
    case 'file_sig_ok':
      return { vi: 'Chữ ký Ed25519 của tệp hợp lệ.', en: 'The file’s Ed25519 signature is valid.' };
    case 'file_sig_bad':
      return {
        vi: 'Chữ ký Ed25519 của tệp không hợp lệ (tệp chữ ký đã bị sửa).',
        en: 'The file’s Ed25519 signature is invalid (the signature file was changed).',
      };
    case 'json_unreadable':
      return {
        vi: 'Tệp JSON không đọc được: cấu trúc đã bị hỏng.',
        en: 'The JSON file cannot be parsed: its structure is damaged.',
      };
    case 'content_hash_bad':
      return {
        vi: `SHA-256 của nội dung chuẩn hóa là ${f.actual}, báo cáo ghi ${f.expected}.`,
        en: `The canonical content hashes to ${f.actual}; the report records ${f.expected}.`,
      };
    case 'content_sig_ok':
      return {
        vi: `Chữ ký nội dung (JSON chuẩn hóa) hợp lệ; SHA-256 nội dung: ${f.actual}.`,
        en: `The content signature is valid; content SHA-256: ${f.actual}.`,
      };
    case 'content_sig_bad':
      return {
        vi: 'Chữ ký nội dung ghi trong báo cáo không hợp lệ.',
        en: 'The content signature in the report is invalid.',
      };
    case 'keys_differ':
      return {
        vi: 'Khóa trong tệp chữ ký khác khóa ghi trong báo cáo.',
        en: 'The key in the signature file differs from the one in the report.',
      };
    case 'key_unknown':
      return {
        vi: `Dấu vân tay khóa ký: ${f.fingerprint}. Khóa này không phải của thư mục làm việc đang mở.`,
        en: `Signing key fingerprint: ${f.fingerprint}. It is not the open workspace's key.`,
      };
    default: {
      const never: never = f;
      return never;
    }
  }
}

export function explain(
  status: VerifyStatusT,
  facts: Finding[],
  about: { reportId: string | null; createdAt: string | null; fingerprint: string | null },
): { message: Bilingual; details: Bilingual[] } {
  const head: Bilingual[] = [];
  if (about.reportId)
    head.push({ vi: `Mã báo cáo: ${about.reportId}.`, en: `Report id: ${about.reportId}.` });
  if (about.createdAt)
    head.push({
      vi: `Thời điểm xuất: ${about.createdAt}.`,
      en: `Exported at: ${about.createdAt}.`,
    });
  if (about.fingerprint && status === 'valid')
    head.push({
      vi: `Dấu vân tay khóa ký: ${about.fingerprint}.`,
      en: `Signing key fingerprint: ${about.fingerprint}.`,
    });
  return { message: MESSAGE[status], details: [...head, ...facts.map(detail)] };
}
