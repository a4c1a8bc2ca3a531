/**
 * "Nơi nhận" lists and signature blocks: they close a decision or a regulation and are never
 * clauses. Two-column layouts come out of converters in either order, and sometimes glued into
 * one line ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Nam").
 */

const NOI_NHAN = /^(?:Nơi nhận|NƠI NHẬN)\s*[:.]?/u;
/** TM. (thay mặt), KT. (ký thay), TL. (thừa lệnh), TUQ. (thừa ủy quyền), Q. (quyền). */
export const SIGN_PREFIX = /^(?:TM\.|T\/M|T\.M\.|KT\.|K\/T|K\.T\.|TL\.|T\/L|TUQ\.|Q\.)\s*\p{Lu}/u;
const INLINE_RECIPIENTS = /^[-–]\s*[^;]{2,120};\s*[-–]\s*[^;]{2,120};\s*[-–]/u;
const HEADER_FRAGMENT =
  /^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA|\p{Lu}[\p{Lu} ]{3,}_{3,})/u;
/** An upper-case title then a personal name: "BỘ TRƯỞNG Nguyễn Hải Ninh". */
export const NAME_SIGN =
  /^(?:[\p{Lu}][\p{Lu}./]*\s+){1,12}(?:\p{Lu}\p{Ll}+\s+){1,4}\p{Lu}\p{Ll}+$/u;

export type ClosingStart = 'strong' | 'weak' | 'name';

/** How surely this line opens a closing block; null when it does not. */
export function closingStart(text: string): ClosingStart | null {
  if (NOI_NHAN.test(text)) return 'strong';
  if (text.length < 200 && SIGN_PREFIX.test(text)) return 'strong';
  if (INLINE_RECIPIENTS.test(text) || HEADER_FRAGMENT.test(text)) return 'weak';
  if (text.length < 120 && NAME_SIGN.test(text)) return 'name';
  return null;
}

export function isNoiNhan(text: string): boolean {
  return NOI_NHAN.test(text);
}
