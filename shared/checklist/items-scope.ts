/**
 * C1 (the review covers the unit's quy chế làm việc, quy chế phối hợp and other quy định) and C2
 * (still fit: no outdated bases or bodies, and nothing issued before the directive left
 * unreviewed).
 */
import { ruleDocKind } from '../checks/doc-kind.ts';
import type { DocType } from '../model/document.ts';
import type { DocKind } from '../model/finding.ts';
import { EvidenceList, ISO_DATE, item, joinUnique, viDate } from './evidence.ts';
import { TEXTS } from './texts.ts';
import type { ChecklistDocument, ChecklistInput, ItemAssessment } from './types.ts';
import { DEFAULT_DIRECTIVE_DATE } from './types.ts';

const REQUIRED: readonly { kinds: readonly DocType[]; vi: string; en: string }[] = [
  { kinds: ['quy_che_lam_viec', 'dieu_le'], vi: 'quy chế làm việc', en: 'working regulation' },
  { kinds: ['quy_che_phoi_hop'], vi: 'quy chế phối hợp', en: 'coordination regulation' },
  {
    kinds: ['quy_dinh', 'quy_trinh'],
    vi: 'quy định, quy trình nội bộ',
    en: 'other internal rules',
  },
];

export function assessC1({ documents, config }: ChecklistInput): ItemAssessment {
  if (config.scope === 'document') {
    return item('C1', 'not_applicable', [], {
      vi: 'Rà soát một văn bản riêng lẻ, không đánh giá phạm vi.',
      en: 'A single-document review; scope is not assessed.',
    });
  }
  if (documents.length === 0) return item('C1', 'not_assessed', [], TEXTS.noDocs);
  const kinds = new Set(documents.map((d) => ruleDocKind(d.docType, d.metadata.title)));
  const evidence = documents.map((d) => ({ documentId: d.documentId, kinds: [] }));
  const missing = REQUIRED.filter((r) => !r.kinds.some((k) => kinds.has(k)));
  if (missing.length === 0) {
    return item('C1', 'met', evidence, {
      vi: 'Phạm vi rà soát có đủ quy chế làm việc, quy chế phối hợp và quy định nội bộ.',
      en: 'The review holds the working and coordination regulations and other internal rules.',
    });
  }
  return item('C1', 'needs_revision', evidence, {
    vi: `Phạm vi rà soát còn thiếu: ${missing.map((m) => m.vi).join(', ')}.`,
    en: `The review lacks: ${missing.map((m) => m.en).join(', ')}.`,
  });
}

const OUTDATED: readonly DocKind[] = ['DOC.outdated_legal_basis', 'DOC.outdated_body'];

function issued(d: ChecklistDocument): string | undefined {
  const date = d.issuedDate ?? d.metadata.issuedDate;
  return date && ISO_DATE.test(date) ? date : undefined;
}

export function assessC2({ documents, config }: ChecklistInput): ItemAssessment {
  if (documents.length === 0) return item('C2', 'not_assessed', [], TEXTS.noDocs);
  const directive = config.directiveDate ?? DEFAULT_DIRECTIVE_DATE;
  const ev = new EvidenceList();
  const vi: string[] = [];
  const en: string[] = [];
  for (const d of documents) {
    for (const f of d.docFindings.filter((x) => OUTDATED.includes(x.kind))) {
      if (f.evidence.length === 0) ev.add(d.documentId, undefined, f.kind);
      for (const c of f.evidence) ev.add(d.documentId, c, f.kind);
      vi.push(f.message.vi);
      en.push(f.message.en);
    }
  }
  const stale = documents.filter(
    (d) => !d.reviewedAfterDirective && (issued(d) ?? '9999') < directive,
  );
  for (const d of stale) ev.add(d.documentId, undefined, undefined);
  if (stale.length > 0) {
    vi.push(
      `${stale.length} văn bản ban hành trước ngày ${viDate(directive)} chưa được rà soát lại`,
    );
    en.push(`${stale.length} document(s) issued before ${directive} not reviewed since`);
  }
  if (vi.length > 0)
    return item('C2', 'needs_revision', ev.list, {
      vi: `${joinUnique(vi)}.`,
      en: `${joinUnique(en)}.`,
    });
  const undated = documents.filter((d) => !d.reviewedAfterDirective && !issued(d));
  if (undated.length > 0) {
    const evidence = undated.map((d) => ({ documentId: d.documentId, kinds: [] }));
    return item('C2', 'not_assessed', evidence, {
      vi: `Không xác định được ngày ban hành của ${undated.length} văn bản; cần nhập ngày hoặc xác nhận đã rà soát.`,
      en: `The issue date of ${undated.length} document(s) is unknown; enter it or confirm the review.`,
    });
  }
  return item('C2', 'met', [], {
    vi: 'Không phát hiện căn cứ, cơ quan không còn hiện hành; các văn bản đã được ban hành hoặc rà soát sau Chỉ thị.',
    en: 'No outdated bases or bodies found; every document was issued or reviewed after the directive.',
  });
}
