/**
 * Người ký from the signature block: the personal name that ends it, and the signer's own title.
 * "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Nam" → Hoàng Nam, PHÓ CHỦ TỊCH: under KT.
 * (ký thay) the deputy signs; under TM./TL. the title follows the body signed for.
 */
import { NAME_SIGN, SIGN_PREFIX, isNoiNhan } from './closing.ts';
import { isMostlyUpper } from './lines.ts';

const NOTES = /\[|\]|\((?:đã ký|Đã ký|ĐÃ KÝ|ký[^)]*|Ký[^)]*|chữ ký[^)]*|Chữ ký[^)]*)\)/gu;
const NAME_AT_END = /((?:\p{Lu}\p{Ll}+\s+){1,5}\p{Lu}\p{Ll}+)\s*$/u;
const KT = /(?:KT\.|K\/T|K\.T\.)\s*/gu;
const TM = /(?:TM\.|T\/M|T\.M\.|TL\.|T\/L|TUQ\.|Q\.)\s*/gu;
const POSITION =
  /(PHÓ CHỦ TỊCH|CHỦ TỊCH|PHÓ THỦ TƯỚNG|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|PHÓ GIÁM ĐỐC|GIÁM ĐỐC|PHÓ TRƯỞNG BAN|TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG|VỤ TRƯỞNG|CỤC TRƯỞNG|TỔNG GIÁM ĐỐC|HIỆU TRƯỞNG|VIỆN TRƯỞNG|TRƯỞNG PHÒNG)$/u;
const HEADER = /CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|_{3,}|Độc lập/u;

export type Signature = { signer?: string; signerTitle?: string };

function titleOf(caps: string): string | undefined {
  const kt = [...caps.matchAll(KT)].pop();
  if (kt) {
    const seg = caps.slice((kt.index ?? 0) + kt[0].length).trim();
    return /(?:PHÓ|THỨ TRƯỞNG)[\p{Lu} ]*$/u.exec(seg)?.[0].trim() ?? (seg || undefined);
  }
  const tm = [...caps.matchAll(TM)].pop();
  if (tm) {
    const seg = caps.slice((tm.index ?? 0) + tm[0].length).trim();
    const pos = POSITION.exec(seg);
    if (!pos) return undefined;
    // "T/M BAN BÍ THƯ": the position word is the body's name, not the signer's title.
    if (/BAN\s+$/u.test(seg.slice(0, pos.index))) return undefined;
    return pos[1];
  }
  return caps.trim() || undefined;
}

/** Reads the signer from the lines of a closing block (Nơi nhận and signature, in any order). */
export function parseSignature(lines: string[]): Signature {
  const usable = lines.filter((t) => !isNoiNhan(t) && !/^[-–+•]/u.test(t) && !HEADER.test(t));
  let from = usable.findIndex((t) => SIGN_PREFIX.test(t));
  if (from < 0)
    from = usable.findIndex((t) => NAME_SIGN.test(t) || (isMostlyUpper(t) && !/[;:]$/.test(t)));
  if (from < 0) return {};
  const joined = usable
    .slice(from, from + 6)
    .join(' ')
    .replace(NOTES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const name = NAME_AT_END.exec(joined);
  if (!name?.[1]) return {};
  const caps = joined.slice(0, name.index);
  const out: Signature = { signer: name[1].trim() };
  const title = titleOf(caps);
  if (title) out.signerTitle = title;
  return out;
}
