/**
 * What follows "Điều N." is either a title ("Phạm vi điều chỉnh") or, in decisions and some short
 * regulations, the article's whole sentence ("Quyết định này có hiệu lực kể từ ngày ký.").
 */

const SELF_REF =
  /(?:Quyết định|Nghị định|Thông tư|Quy chế|Quy định|Nghị quyết|Điều lệ|Chỉ thị|Nội quy|Quy trình|Kế hoạch|quyết định) này/u;
const ACTION_START =
  /^(?:Ban hành|Phê duyệt|Giao|Thành lập|Bãi bỏ|Sửa đổi|Bổ sung|Cho phép|Phân công|Kiểm tra|Tạm dừng|Đình chỉ|Công nhận|Chấp thuận|Điều chỉnh|Thay thế|Hủy bỏ|Bổ nhiệm|Khen thưởng|Kỷ luật)(?![\p{L}\p{N}])/u;
const DUTY = /(?:chịu|có) trách nhiệm/u;

/** True when the heading's rest reads as the article's own sentence rather than its title. */
export function isSentence(rest: string): boolean {
  const s = rest.trim();
  if (s === '') return false;
  const terminal = /(?:[.;]|\.\/\.)$/.test(s);
  if (terminal) {
    if (s.length > 160) return true;
    if (/[.;]\s+\p{Lu}/u.test(s)) return true;
    return SELF_REF.test(s) || ACTION_START.test(s) || DUTY.test(s);
  }
  if (s.endsWith(':')) return ACTION_START.test(s) || s.length > 120;
  return false;
}

/** "Đối tượng áp dụng 1." → the offset of the glued "1.", or -1. */
export function gluedKhoanAt(rest: string): number {
  const m = /\s(1)\.$/u.exec(rest);
  if (!m || rest.length < 6) return -1;
  return m.index + 1;
}

/** A title as shown: no trailing colon. */
export function cleanTitle(rest: string): string {
  return rest.trim().replace(/\s*:$/, '');
}
