/**
 * Why a matched step word may not be a step the clause imposes. A rule names the guards that
 * apply to it; a match any of them explains away is not a finding. Each guard reads the folded
 * text around the match, so it works on unaccented and NFD input alike.
 *
 * - negated: "không phải nộp phí", "không yêu cầu … bản sao", "lệ phí được miễn", "từ chối cung cấp";
 *   also a failure or a limit on the step: "chậm gửi báo cáo" (what a sanction is about), "hạn chế
 *   tổ chức họp"; a sentence that opens with "Nghiêm cấm" bans every step it names
 * - power: "có quyền yêu cầu … báo cáo" grants a power; the step arises only when it is used
 * - role: "người nộp hồ sơ", "người được ủy quyền" name a person by what they do; so does "cơ quan
 *   chuyển giao chịu trách nhiệm …", where the sentence's duty comes after the name
 * - done: "đã được phê duyệt", "đã niêm yết" describe a step taken before, not one required
 * - temporal: "trước khi đăng tải", "sau khi gửi" date another step
 * - accountable: "chịu trách nhiệm về … thời hạn xử lý" is a duty of result
 * - nominal: "Việc cập nhật thông tin … phải tuân thủ" names the step as a topic, not a duty
 * - guided: "hướng dẫn người khiếu nại gửi đơn" is another person's step the actor explains
 * - referenced: "theo báo cáo của", "ngoài các báo cáo định kỳ", "Báo cáo số 12/BC-UBND", "quy
 *   định về chế độ báo cáo" name a paper or a topic, not a step to take; so does an item that opens
 *   with the word as a label and a period it counts from ("a) Báo cáo tháng: tính từ …"); "kể từ
 *   ngày nhận được báo cáo" dates a step by the paper's arrival
 * - purpose: "lựa chọn nội dung để báo cáo" gives the aim of another step, not a duty of its own
 * - conditional: "trường hợp gửi văn bản giấy, …" states when the rule applies, not what it requires
 */
import { fold } from '../text/index.ts';
import type { PreparedText } from './prepared.ts';

export const GUARDS = [
  'negated',
  'power',
  'role',
  'done',
  'temporal',
  'accountable',
  'nominal',
  'guided',
  'referenced',
  'purpose',
  'conditional',
] as const;
export type Guard = (typeof GUARDS)[number];

/** Words that close the phrase a negation can reach ("nếu không … thì báo cáo"). */
const PHRASE_CUT = /[.;:()\n,]|\b(?:thi|ma|nhung|neu|khi|hoac|truong hop)\b/g;

function phraseBefore(f: string, start: number, reach: number): string {
  const from = Math.max(0, start - reach);
  const w = f.slice(from, start);
  let cut = 0;
  for (const m of w.matchAll(PHRASE_CUT)) cut = m.index + m[0].length;
  return w.slice(cut);
}

function sentenceBefore(f: string, start: number, reach: number): string {
  const w = f.slice(Math.max(0, start - reach), start);
  const cut = Math.max(w.lastIndexOf('.'), w.lastIndexOf(';'), w.lastIndexOf('\n'));
  return w.slice(cut + 1);
}

// "không quá 05 ngày", "không chậm hơn" bound a step rather than deny it.
const NEGATOR =
  /\b(?:khong|cam|nghiem cam|tu choi|mien)\b(?!\s+(?:qua|vuot|muon|cham|it hon|duoi|thap hon|con|the)\b)/;
// "không yêu cầu tổ chức, cá nhân nộp thêm …" denies a requirement over a whole list.
const DENY_REQUIREMENT =
  /\b(?:khong|khong duoc|cam|nghiem cam)\s+(?:yeu cau|bat buoc|doi hoi|buoc)\b[^.;]{0,60}$/;
/** "phạm vi không bao gồm công tác cán bộ, phê duyệt quyết toán": a list of what is left out. */
const EXCLUDED_LIST = /\b(?:khong bao gom|khong gom|ngoai tru)\b[^.;:]{0,80}$/;
/** A sentence that opens with a ban bans every step in it, past its commas. */
const BANNED_SENTENCE = /^\s*(?:\d+(?:\.\d+)*\s*[.)]?|[a-z]\s*\)|[-+•])?\s*(?:nghiem cam|cam)\b/;
/** "chậm gửi báo cáo", "hạn chế tổ chức họp": the step failed or kept down, not required. */
const FAILED_OR_LIMITED = /\b(?:cham(?! nhat)|tre|han che)\s+(?:[a-z]+\s+)?$/;
const EXEMPT_AFTER = /^\s*(?:(?:se |da )?duoc\s+)?mien\b/;
const EXEMPT_LIST = /\bmien,?\s+(?:giam\s*)?$/;
const POWER = /\b(?:co quyen|duoc quyen)\b/;
const ROLE = /(?:\bnguoi(?: duoc)?(?: co nhu cau)?|\bla nguoi\b[^.;,]{0,30})\s+$/;
/**
 * "Người đề nghị" is a role noun by itself (the applicant): the verb after it is their duty
 * ("Người đề nghị nộp lệ phí"), unless the sentence goes on to its own predicate ("Người đề nghị
 * cung cấp thông tin phải trả chi phí"), where the verb belongs to the name.
 */
const ROLE_REQUEST = /\bnguoi (?:de nghi|yeu cau)\s+$/;
/** A body named by what it does ("cơ quan chuyển giao") when its own duty follows the name. */
const ROLE_BODY = /\b(?:co quan|don vi|ben|to chuc|ca nhan)\s+$/;
const BODY_DUTY = /^(?:\s+[a-z]+){0,3}\s+(?:chiu trach nhiem|co trach nhiem|phai chiu)\b/;
const LATER_PREDICATE = /^[^.;:]*?\b(?:phai|co trach nhiem|duoc|can|se|chiu)\b/;
const DONE = /(?:\bda(?: duoc)?\s+|\bda duoc\b[^,.;:]{0,50}\s)$/;
const TEMPORAL = /\b(?:truoc khi|sau khi|ngay khi|trong khi|ke tu khi|khi)\s+(?:[a-z]+\s+){0,2}$/;
const ACCOUNTABLE = /\bchiu trach nhiem\b[^.;]*\bve\b/;
// "công việc lập hồ sơ", "làm việc phải có": compounds of "việc" are not the topic word "Việc".
const NOMINAL = /(?<!\b(?:cong|lam|su|vu|cac|moi|nhung) )\bviec\s+$/;
const GUIDED = /\bhuong dan\b(?:\s+[a-z,]+){0,6}\s+$/;
/**
 * A preposition (with a determiner or a kind word) right before the word makes it a noun. Written
 * with marks: folded, "của" and "cửa" ("Một cửa"), "từ" and "tự" ("tự báo cáo") are one word.
 */
const PREPOSITIONS = [
  'theo',
  'trong',
  'tại',
  'căn cứ',
  'căn cứ vào',
  'vào',
  'qua',
  'từ',
  'về',
  'của',
  'trên',
  'ngoài',
  'như',
  'thuộc',
  'đối với',
  'trên cơ sở',
];
/** Nouns the word qualifies when it follows them directly ("nội dung báo cáo", "hệ thống báo cáo"). */
const HEAD_NOUNS = [
  'nội dung',
  'mẫu',
  'biểu mẫu',
  'đề cương',
  'hệ thống',
  'hình thức',
  'phương thức',
  'loại',
  'danh mục',
  'tiêu đề',
  'dự thảo',
  'số liệu',
];
const DETERMINERS = ['các', 'những', 'một', 'bản', 'mẫu', 'nội dung', 'số liệu', 'kết quả', 'kỳ'];
const TOPIC_VERBS = ['về', 'quy định', 'hướng dẫn', 'ban hành', 'xây dựng'];

function referencedSource(f: (s: string) => string): RegExp {
  const alt = (xs: readonly string[]) => xs.map(f).join('|');
  const w = String.raw`(?<![\p{L}\p{M}])`;
  return new RegExp(
    String.raw`(?:${w}(?:${alt(PREPOSITIONS)})\s+(?:(?:${alt(DETERMINERS)})\s+)?|${w}(?:${alt(TOPIC_VERBS)})\s+(?:${f('về')}\s+)?${f('chế độ')}(?:\s+${f('thông tin')},?)?\s+|${w}(?:${alt(HEAD_NOUNS)})\s+)$`,
    'u',
  );
}
const REFERENCED_MARKED = referencedSource((s) => s);
const REFERENCED_FOLDED = referencedSource(fold);
/** A number after it names a document ("Báo cáo số 12/BC-UBND", "Thông báo số …"). */
const REFERENCED_AFTER = /^(?:\s+[a-z]+){0,3}\s+so\s*(?:\d|\.{2,}|…)/;
/** An item that opens with the word as a label: "a) Báo cáo tháng: tính từ ngày 15 …". */
const ITEM_START = /(?:^|\n)\s*(?:\d+(?:\.\d+)*\s*[.)]?|[a-z]\s*\)|[-+•])?\s*$/;
/** "kể từ ngày nhận được báo cáo" dates a step by the paper's arrival. */
const RECEIPT_ANCHOR = /\bngay nhan(?: duoc)?(?: day du)?\s+$/;
const LABEL_AFTER = /^(?:\s+[a-z]+){0,2}\s*:\s*(?:tinh|ke) tu\b/;
const PURPOSE = /\bde\s+(?:[a-z]+,?\s+){0,3}$/;
const CONDITIONAL =
  /(?:^|[.;:\n]\s*|,\s*|\b)(?:trong truong hop|truong hop|neu)\s+(?:[a-z]+\s+){0,1}$/;

/** Whether `guard` explains away the match at `span` of the prepared text. */
export function guarded(guard: Guard, p: PreparedText, span: readonly [number, number]): boolean {
  const f = p.folded;
  const [start, end] = span;
  switch (guard) {
    case 'negated':
      return (
        NEGATOR.test(phraseBefore(f, start, 48)) ||
        DENY_REQUIREMENT.test(f.slice(Math.max(0, start - 90), start)) ||
        EXEMPT_LIST.test(f.slice(Math.max(0, start - 16), start)) ||
        FAILED_OR_LIMITED.test(f.slice(Math.max(0, start - 20), start)) ||
        BANNED_SENTENCE.test(sentenceBefore(f, start, 200)) ||
        EXCLUDED_LIST.test(f.slice(Math.max(0, start - 90), start)) ||
        EXEMPT_AFTER.test(f.slice(end, end + 20))
      );
    case 'power':
      return POWER.test(sentenceBefore(f, start, 120));
    case 'role': {
      const before = f.slice(Math.max(0, start - 40), start);
      if (ROLE.test(before)) return true;
      if (ROLE_BODY.test(before) && BODY_DUTY.test(f.slice(end, end + 60))) return true;
      return ROLE_REQUEST.test(before) && LATER_PREDICATE.test(f.slice(end, end + 120));
    }
    case 'done':
      return DONE.test(f.slice(Math.max(0, start - 60), start));
    case 'temporal':
      return TEMPORAL.test(f.slice(Math.max(0, start - 40), start));
    case 'accountable':
      return ACCOUNTABLE.test(sentenceBefore(f, start, 160));
    case 'nominal':
      return NOMINAL.test(f.slice(Math.max(0, start - 14), start));
    case 'guided':
      return GUIDED.test(f.slice(Math.max(0, start - 70), start));
    case 'referenced':
      return (
        (p.marked
          ? REFERENCED_MARKED.test(p.lower.slice(Math.max(0, start - 40), start))
          : REFERENCED_FOLDED.test(f.slice(Math.max(0, start - 40), start))) ||
        REFERENCED_AFTER.test(f.slice(end, end + 40)) ||
        RECEIPT_ANCHOR.test(f.slice(Math.max(0, start - 30), start)) ||
        (ITEM_START.test(f.slice(Math.max(0, start - 12), start)) &&
          LABEL_AFTER.test(f.slice(end, end + 30)))
      );
    case 'purpose':
      return PURPOSE.test(f.slice(Math.max(0, start - 40), start));
    case 'conditional':
      return CONDITIONAL.test(f.slice(Math.max(0, start - 40), start));
    default: {
      const never: never = guard;
      throw new Error(`unknown guard ${String(never)}`);
    }
  }
}
