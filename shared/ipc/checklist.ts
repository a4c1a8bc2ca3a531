/** Schemas of the checklist namespace: the section 2.2 checklist as stored, assessed and decided. */
import { z } from 'zod';
import { CHECKLIST_ITEMS } from '../model/checklist.ts';

const ITEM_IDS = CHECKLIST_ITEMS.map((i) => i.id) as [
  (typeof CHECKLIST_ITEMS)[number]['id'],
  ...(typeof CHECKLIST_ITEMS)[number]['id'][],
];

export const ChecklistItemIdS = z.enum(ITEM_IDS, { error: 'Tiêu chí phải là một trong C1–C12.' });
export const ItemStatusS = z.enum(['met', 'needs_revision', 'not_applicable', 'not_assessed'], {
  error: 'Kết luận phải là: Đạt, Cần sửa đổi bổ sung, Không áp dụng hoặc Chưa đánh giá.',
});
export const ChecklistStateS = z.enum(['draft', 'submitted', 'approved', 'returned']);
export const ChecklistActionS = z.enum(['submit', 'approve', 'return', 'new_version'], {
  error: 'Thao tác phải là: trình, phê duyệt, trả lại hoặc tạo phiên bản mới.',
});
const Bilingual = z.object({ vi: z.string(), en: z.string() });

const text = (max: number, what: string) =>
  z
    .string({ error: `${what} phải là văn bản.` })
    .max(max, { error: `${what} dài quá ${max} ký tự.` });

/** A revision action as typed: `by` is dd/mm/yyyy or yyyy-mm-dd; it is stored as yyyy-mm-dd. */
export const RevisionInput = z
  .object({
    what: text(2000, 'Nội dung cần sửa đổi'),
    who: text(300, 'Người thực hiện'),
    by: text(20, 'Thời hạn'),
  })
  .strict();

export const SetItemInput = z
  .object({
    itemId: ChecklistItemIdS,
    /** null: no determination, the automatic status counts. */
    status: ItemStatusS.nullable(),
    reason: text(4000, 'Lý do').optional(),
    revision: RevisionInput.nullable().optional(),
  })
  .strict();

export const TransitionInput = z
  .object({ action: ChecklistActionS, comment: text(4000, 'Ý kiến').optional() })
  .strict();

export const GetInput = z
  .object({
    version: z
      .number({ error: 'Phiên bản phải là số.' })
      .int({ error: 'Phiên bản phải là số nguyên.' })
      .min(1, { error: 'Phiên bản bắt đầu từ 1.' })
      .optional(),
  })
  .strict();

export const EvidenceView = z.object({
  documentId: z.string(),
  docLabel: z.string(),
  clauseId: z.string().nullable(),
  /** "Điều 5 khoản 2 điểm a", or '' for the document as a whole. */
  clauseLabel: z.string(),
  articleTitle: z.string(),
  page: z.number().int().nullable(),
  excerpt: z.string(),
  kinds: z.array(z.string()),
});

export const Person = z.object({ name: z.string(), position: z.string() });
export const Stamp = z.object({ by: Person, at: z.string() });

export const ItemView = z.object({
  id: ChecklistItemIdS,
  label: Bilingual,
  automatic: z.object({
    status: ItemStatusS,
    explanation: Bilingual,
    evidence: z.array(EvidenceView),
  }),
  /** The automatic status now, when it differs from the one submitted (documents changed since). */
  liveStatus: ItemStatusS.nullable(),
  determination: z
    .object({
      status: ItemStatusS.nullable(),
      reason: z.string().nullable(),
      revision: z.object({ what: z.string(), who: z.string(), by: z.string() }).nullable(),
      updated: Stamp,
    })
    .nullable(),
  effective: ItemStatusS,
  issues: z.array(z.object({ field: z.string(), message: Bilingual })),
});

export const HistoryEntry = z.object({
  id: z.number().int(),
  version: z.number().int(),
  action: z.enum(['create', 'edit', 'submit', 'approve', 'return', 'new_version']),
  itemId: z.string().nullable(),
  /** For an edit: the status the item was given (null: back to the automatic one). */
  itemStatus: ItemStatusS.nullable(),
  from: ChecklistStateS.nullable(),
  to: ChecklistStateS,
  by: Person,
  comment: z.string().nullable(),
  at: z.string(),
});

export const ChecklistView = z.object({
  /** null until the first change is saved: version 1 exists only as a draft on screen. */
  id: z.string().nullable(),
  scope: z.literal('unit'),
  version: z.number().int(),
  latestVersion: z.number().int(),
  state: ChecklistStateS,
  frozen: z.boolean(),
  created: Stamp.nullable(),
  submitted: Stamp.nullable(),
  decided: Stamp.extend({ comment: z.string().nullable() }).nullable(),
  /** When the automatic assessment shown was made: now, or when the version was submitted. */
  assessedAt: z.string(),
  documentCount: z.number().int(),
  directiveDate: z.string(),
  items: z.array(ItemView),
  /** Why the version cannot be submitted yet (empty when it can). */
  blockers: z.array(Bilingual),
  /** Who acts now (the reviewer profile in Settings); null when no name is set. */
  actor: Person.nullable(),
  /** The actor submitted this version, so may not approve or return it. */
  actorIsSubmitter: z.boolean(),
  history: z.array(HistoryEntry),
});

export type SetItemInputT = z.infer<typeof SetItemInput>;
export type TransitionInputT = z.infer<typeof TransitionInput>;
export type EvidenceViewT = z.infer<typeof EvidenceView>;
export type ItemViewT = z.infer<typeof ItemView>;
export type HistoryEntryT = z.infer<typeof HistoryEntry>;
export type ChecklistViewT = z.infer<typeof ChecklistView>;
export type PersonT = z.infer<typeof Person>;
