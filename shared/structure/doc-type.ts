/**
 * Loại văn bản. A Quyết định that issues a regulation ("Ban hành Quy chế phối hợp …") is typed by
 * what it issues, because the review (checklist C1) is about the quy chế, not the wrapper; a
 * Quyết định that carries its own provisions stays 'quyet_dinh'. A Quy chế is 'quy_che_phoi_hop'
 * when its title says "phối hợp", 'quy_che_lam_viec' for "làm việc" or "(tổ chức và) hoạt động",
 * 'quy_trinh' for receiving/handling procedures, and 'quy_dinh' otherwise. An attachment that
 * opens the text ("NỘI QUY … (Kèm theo Thông tư số …)") takes the type of a Thông tư or Nghị
 * định it is attached to, and its own type when attached to a Quyết định.
 */
import type { DocType } from '../model/document.ts';
import { fold } from '../text/index.ts';
import { DOC_WORDS, type DocWord } from './doc-title.ts';

const WORD_TYPE: Record<DocWord, DocType | 'instrument'> = {
  'NGHỊ QUYẾT LIÊN TỊCH': 'nghi_quyet',
  'THÔNG TƯ LIÊN TỊCH': 'thong_tu',
  'CHƯƠNG TRÌNH': 'other',
  'QUYẾT ĐỊNH': 'quyet_dinh',
  'NGHỊ QUYẾT': 'nghi_quyet',
  'NGHỊ ĐỊNH': 'nghi_dinh',
  'QUY TRÌNH': 'instrument',
  'HƯỚNG DẪN': 'huong_dan',
  'PHƯƠNG ÁN': 'instrument',
  'THÔNG BÁO': 'other',
  'KẾ HOẠCH': 'ke_hoach',
  'THÔNG TƯ': 'thong_tu',
  'QUY ĐỊNH': 'instrument',
  'DANH MỤC': 'other',
  'ĐIỀU LỆ': 'dieu_le',
  'CHỈ THỊ': 'chi_thi',
  'NỘI QUY': 'instrument',
  'QUY CHẾ': 'instrument',
  'ĐỀ ÁN': 'other',
};

/** Folded title prefix → type; first match wins. Data, so a new convention is one row. */
const INSTRUMENT_RULES: [RegExp, DocType][] = [
  [/^quy che .*phoi hop/, 'quy_che_phoi_hop'],
  [/^quy che .*lam viec/, 'quy_che_lam_viec'],
  [/^quy che (to chuc va )?hoat dong\b/, 'quy_che_lam_viec'],
  [/^quy che (tiep nhan|giai quyet)\b/, 'quy_trinh'],
  [/^quy che .*(quy trinh|trinh tu|luan chuyen)/, 'quy_trinh'],
  [/^quy che\b/, 'quy_dinh'],
  [/^quy dinh\b/, 'quy_dinh'],
  [/^quy trinh\b/, 'quy_trinh'],
  [/^phuong an .*quy trinh/, 'quy_trinh'],
  [/^dieu le\b/, 'dieu_le'],
  [/^noi quy\b/, 'quy_dinh'],
  [/^ke hoach\b/, 'ke_hoach'],
  [/^huong dan\b/, 'huong_dan'],
];

const LEADING_VERB =
  /^(?:ve viec\s+)?(?:ban hanh|phe duyet|quy dinh)\s+(?=quy che|quy dinh|quy trinh|phuong an|dieu le|noi quy|ke hoach|huong dan)/;

/** Types an issued instrument from its title ("QUY CHẾ PHỐI HỢP …"). */
export function classifyInstrument(title: string): DocType {
  const f = fold(title).replace(/\s+/g, ' ').trim().replace(LEADING_VERB, '');
  for (const [re, type] of INSTRUMENT_RULES) if (re.test(f)) return type;
  return 'other';
}

const PARENT_TYPE: [RegExp, DocType][] = [
  [/^thong tu/, 'thong_tu'],
  [/^nghi dinh/, 'nghi_dinh'],
  [/^nghi quyet/, 'nghi_quyet'],
  [/^chi thi/, 'chi_thi'],
];

const SELF_REF =
  /(Quy chế|Quy định|Nghị định|Thông tư|Quyết định|Điều lệ|Nghị quyết|Chỉ thị|Nội quy|Quy trình) này/gu;

export type TypeInput = {
  titleWord?: DocWord;
  summary?: string;
  /** Title of the first attached regulation section. */
  regulationTitle?: string;
  hasAttachment: boolean;
  /** "Thông tư" in "(Kèm theo Thông tư số …)" when the text opens with the attachment. */
  parentType?: string;
  /** Text to count self-references in ("Quy chế này") when there is no title at all. */
  body: string;
  firstArticleText?: string;
};

export function detectDocType(t: TypeInput): DocType | undefined {
  if (t.titleWord === 'QUYẾT ĐỊNH') {
    if (t.regulationTitle) return classifyInstrument(t.regulationTitle);
    const s = fold(t.summary ?? '').replace(/\s+/g, ' ');
    if (t.hasAttachment && LEADING_VERB.test(s)) return classifyInstrument(s);
    return 'quyet_dinh';
  }
  if (t.titleWord) {
    const w = WORD_TYPE[t.titleWord];
    if (w !== 'instrument') return w;
    if (t.parentType) {
      const parent = fold(t.parentType);
      for (const [re, type] of PARENT_TYPE) if (re.test(parent)) return type;
    }
    return classifyInstrument(`${t.titleWord} ${t.summary ?? ''}`);
  }
  const counts = new Map<string, number>();
  for (const m of t.body.matchAll(SELF_REF))
    counts.set(m[1] ?? '', (counts.get(m[1] ?? '') ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!top) return undefined;
  const first =
    (t.firstArticleText ?? '').replace(/^\s*(?:\d{1,3}|[a-zđ])[.)]\s*/u, '').split(/[;.]/)[0] ?? '';
  const word = DOC_WORDS.find((w) => w === top.toUpperCase());
  return word ? detectDocType({ ...t, titleWord: word, summary: first }) : undefined;
}
