/** Headings and column names shared by the PDF and DOCX renderings, in both languages. */
import { dateText, type Lang } from './labels.ts';
import type { ReportContent } from './model.ts';

const VI = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  kind: 'BÁO CÁO',
  unitMissing: 'ĐƠN VỊ',
  meta: 'Người lập: {reviewer} · Mã báo cáo: {id}',
  s1: 'I. PHẠM VI RÀ SOÁT',
  s1lead: 'Báo cáo này rà soát {n} văn bản của thư mục làm việc "{ws}":',
  s2: 'II. TÓM TẮT KẾT QUẢ',
  s2a: '1. Danh mục kiểm tra mục 2.2 (phiên bản {v}): {state}',
  submitted: 'Người trình: {who}.',
  decided: 'Người quyết định: {who}.',
  comment: 'Ý kiến: {c}',
  s2b: '2. Phát hiện: tổng số {n}',
  byFamily: 'Theo nhóm',
  byStatus: 'Theo tình trạng xem xét',
  s2c: '3. Thủ tục, chi phí, thời gian phát sinh (danh mục thủ tục)',
  days: 'Tổng thời hạn: {w} ngày làm việc, {c} ngày; {u} yêu cầu không có giới hạn. Tổng số yêu cầu: {t}.',
  changes: 'So sánh với phiên bản trước',
  s3: 'III. CHI TIẾT PHÁT HIỆN',
  s3none: 'Không có phát hiện nào được xác nhận hoặc đang chờ xem xét.',
  s3lead:
    'Phát hiện đã xác nhận và phát hiện chưa xem xét (đánh dấu "Chưa xem xét"), theo văn bản và điều.',
  clause: 'Trích điều khoản',
  matched: 'Từ ngữ phát hiện',
  why: 'Lý do',
  ref: 'Chỉ thị, mục {r}',
  rewrite: 'Đề xuất sửa',
  rewriteEdited: 'Đề xuất sửa (người rà soát đã chỉnh)',
  note: 'Ghi chú của người rà soát',
  page: 'tr. {p}',
  s4: 'IV. PHÁT HIỆN ĐÃ BỎ QUA',
  s4none: 'Không có phát hiện nào bị bỏ qua.',
  s5: 'V. NỘI DUNG CẦN SỬA ĐỔI, BỔ SUNG',
  s5none: 'Chưa có nội dung cần sửa đổi, bổ sung được giao.',
  s6: 'VI. XÁC THỰC TÍNH TOÀN VẸN',
  s6lead:
    'Nội dung báo cáo được chuẩn hóa thành JSON (khóa sắp xếp, Unicode NFC, UTF-8), băm SHA-256 và ký Ed25519 bằng khóa của thư mục làm việc. Tệp xuất ra còn được băm và ký riêng trong tệp <tên tệp>.sig.json đặt cạnh nó.',
  s6limit:
    'Chữ ký chứng minh tệp không bị sửa đổi kể từ khi thư mục làm việc này xuất ra; nó không chứng minh danh tính người ký (khóa lưu trong thư mục làm việc).',
  reportId: 'Mã báo cáo',
  createdAt: 'Thời điểm lập',
  contentSha: 'SHA-256 nội dung (JSON chuẩn hóa)',
  signature: 'Chữ ký Ed25519 của nội dung (base64)',
  fingerprint: 'Dấu vân tay khóa công khai (SHA-256)',
  publicKey: 'Khóa công khai',
  signer: 'NGƯỜI LẬP BÁO CÁO',
  pageOf: 'Trang {p}/{n}',
  colNo: 'TT',
  colNumber: 'Số hiệu',
  colType: 'Loại',
  colIssuer: 'Cơ quan ban hành',
  colDate: 'Ngày ban hành',
  colTitle: 'Trích yếu',
  colVersion: 'Phiên bản',
  colId: 'Mã',
  colItem: 'Tiêu chí',
  colAuto: 'Tự động',
  colStatus: 'Kết luận',
  colReason: 'Lý do',
  colKind: 'Loại phát hiện',
  colCount: 'Số lượng',
  colDoc: 'Văn bản',
  colWhere: 'Vị trí',
  colMatched: 'Nội dung',
  colDismiss: 'Lý do bỏ qua',
  colCitation: 'Căn cứ',
  colBy: 'Người quyết định',
  colWhat: 'Nội dung cần sửa',
  colWho: 'Người thực hiện',
  colDeadline: 'Thời hạn',
  workingDays: 'Ngày làm việc',
  calendarDays: 'Ngày',
  unbounded: 'Không giới hạn',
};

const EN: typeof VI = {
  nation: 'SOCIALIST REPUBLIC OF VIETNAM',
  motto: 'Independence - Freedom - Happiness',
  kind: 'REPORT',
  unitMissing: 'UNIT',
  meta: 'Prepared by: {reviewer} · Report id: {id}',
  s1: 'I. SCOPE OF THE REVIEW',
  s1lead: 'This report reviews {n} documents of the workspace "{ws}":',
  s2: 'II. SUMMARY',
  s2a: '1. Section 2.2 checklist (version {v}): {state}',
  submitted: 'Submitted by {who}.',
  decided: 'Decided by {who}.',
  comment: 'Comments: {c}',
  s2b: '2. Findings: {n} in all',
  byFamily: 'By family',
  byStatus: 'By review status',
  s2c: '3. Procedures, costs and time added (procedure inventory)',
  days: 'Time limits in all: {w} working days, {c} calendar days; {u} without a bound. Requirements in all: {t}.',
  changes: 'Compared with the previous version',
  s3: 'III. FINDINGS IN DETAIL',
  s3none: 'No finding is confirmed or awaiting review.',
  s3lead:
    'Confirmed findings and findings not yet reviewed (marked "Open"), by document and article.',
  clause: 'Clause excerpt',
  matched: 'Matched words',
  why: 'Why',
  ref: 'Directive, section {r}',
  rewrite: 'Suggested rewrite',
  rewriteEdited: 'Suggested rewrite (edited by the reviewer)',
  note: "Reviewer's note",
  page: 'p. {p}',
  s4: 'IV. DISMISSED FINDINGS',
  s4none: 'No finding was dismissed.',
  s5: 'V. REVISIONS TO MAKE',
  s5none: 'No revision action has been assigned yet.',
  s6: 'VI. INTEGRITY',
  s6lead:
    "The report's content is canonicalised as JSON (sorted keys, Unicode NFC, UTF-8), hashed with SHA-256 and signed with the workspace's Ed25519 key. The exported file is also hashed and signed in <file name>.sig.json beside it.",
  s6limit:
    'A valid signature proves the file was not altered since this workspace exported it; it does not prove who signed (the key is kept in the workspace).',
  reportId: 'Report id',
  createdAt: 'Created at',
  contentSha: 'SHA-256 of the content (canonical JSON)',
  signature: 'Ed25519 signature of the content (base64)',
  fingerprint: 'Public key fingerprint (SHA-256)',
  publicKey: 'Public key',
  signer: 'PREPARED BY',
  pageOf: 'Page {p} of {n}',
  colNo: 'No.',
  colNumber: 'Number',
  colType: 'Type',
  colIssuer: 'Issuer',
  colDate: 'Issued',
  colTitle: 'Title',
  colVersion: 'Version',
  colId: 'Id',
  colItem: 'Item',
  colAuto: 'Automatic',
  colStatus: 'Conclusion',
  colReason: 'Reason',
  colKind: 'Finding kind',
  colCount: 'Count',
  colDoc: 'Document',
  colWhere: 'Where',
  colMatched: 'Text',
  colDismiss: 'Reason',
  colCitation: 'Citation',
  colBy: 'Decided by',
  colWhat: 'What to change',
  colWho: 'Who',
  colDeadline: 'By',
  workingDays: 'Working days',
  calendarDays: 'Days',
  unbounded: 'Unbounded',
};

export type Words = typeof VI;
export type WordKey = keyof Words;

export function wordsFor(
  lang: Lang,
): (key: WordKey, vars?: Record<string, string | number>) => string {
  const table = lang === 'vi' ? VI : EN;
  return (key, vars) => {
    let s = table[key];
    for (const [k, v] of Object.entries(vars ?? {})) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

/** "ngày 05 tháng 06 năm 2025" / "5 June 2025", for the place-and-date line. */
export function longDate(iso: string, lang: Lang): string {
  const d = dateText(iso, 'vi').split('/');
  if (lang === 'vi') return `ngày ${d[0]} tháng ${d[1]} năm ${d[2]}`;
  return dateText(iso, 'en');
}

/** The title under "BÁO CÁO": the rest of the title, capitalised. */
export function subtitle(c: ReportContent): string {
  const rest = c.title.replace(/^(Báo cáo|Report on)\s+/i, '');
  return rest.charAt(0).toLocaleUpperCase(c.language) + rest.slice(1);
}

export function directiveLine(c: ReportContent): string {
  const d = c.directive;
  return c.language === 'vi'
    ? `(Chỉ thị số ${d.number} ngày ${dateText(d.date, 'vi')} của ${d.issuer})`
    : `(Directive No. ${d.number} of ${dateText(d.date, 'en')}, ${d.issuer})`;
}

export function stampText(s: { name: string; position: string; at: string }, lang: Lang): string {
  return `${[s.name, s.position].filter(Boolean).join(', ')} (${dateText(s.at, lang)})`;
}
