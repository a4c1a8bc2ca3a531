/** The legal structure of a parsed rule document. Offsets point into ParsedDocument.text. */

export type SourceSpan = { start: number; end: number; page?: number };

export type DocType =
  | 'quy_che_lam_viec'
  | 'quy_che_phoi_hop'
  | 'quy_dinh'
  | 'quy_trinh'
  | 'quyet_dinh'
  | 'nghi_dinh'
  | 'thong_tu'
  | 'chi_thi'
  | 'nghi_quyet'
  | 'ke_hoach'
  | 'huong_dan'
  | 'dieu_le'
  | 'other';

/** A legal basis ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"). */
export type Citation = {
  text: string;
  docType?: string;
  number?: string;
  date?: string;
  title?: string;
};

export type Metadata = {
  number?: string;
  docType?: DocType;
  issuer?: string;
  issuedDate?: string; // ISO yyyy-mm-dd
  title?: string; // trích yếu
  signer?: string;
  signerTitle?: string;
  bases: Citation[];
  effective?: string; // as stated, e.g. "kể từ ngày ký" or an ISO date
};

/** "-" or "+" list item inside a khoản or điểm. */
export type ListItem = { marker: string; text: string; span: SourceSpan; items: ListItem[] };

/** điểm "a)". */
export type PointNode = { number: string; text: string; span: SourceSpan; items: ListItem[] };

/** khoản "1."; number "" for an article body with no numbered khoản. */
export type ClauseNode = {
  number: string;
  text: string;
  span: SourceSpan;
  points: PointNode[];
  items: ListItem[];
};

export type ArticleNode = {
  number: string; // "1", "12a"
  title: string;
  span: SourceSpan;
  /** Headings above the article: ["Chương II. …", "Mục 1. …"]. */
  path: string[];
  clauses: ClauseNode[];
};

export type HeadingKind = 'part' | 'chapter' | 'section' | 'subsection';
export type Heading = { kind: HeadingKind; number: string; title: string; span: SourceSpan };

export type SectionKind = 'decision' | 'regulation' | 'appendix' | 'body';

export type Section = {
  kind: SectionKind;
  title: string;
  span: SourceSpan;
  headings: Heading[];
  articles: ArticleNode[];
  /** Text of an appendix or of lines that belong to no article. */
  text?: string;
};

export type PageSpan = { page: number; start: number; end: number };

/** What a reader produces: normalised text, one paragraph a line, with page offsets for PDFs. */
export type ExtractedText = {
  text: string;
  pages?: PageSpan[];
  warnings: string[];
  format: 'pdf' | 'docx' | 'doc' | 'txt' | 'md';
};

export type ParsedDocument = {
  metadata: Metadata;
  sections: Section[];
  warnings: string[];
  text: string;
  pages?: PageSpan[];
  /** Span of "Nơi nhận" and the signature block, not clauses. */
  closing?: SourceSpan;
};
