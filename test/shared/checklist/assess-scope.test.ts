/** Checklist items C1 and C2, item order, labels and evidence merging. */
import { describe, expect, it } from 'vitest';
import { assessChecklist } from '../../../shared/checklist/index.ts';
import { SET, STATE, df, doc, row, checkCases, itemOf, type Case } from './fixtures.ts';

const CASES: Case[] = [
  ['all three kinds present', 'C1', SET, 'met'],
  ['coordination regulation missing', 'C1', [SET[0]!, SET[2]!], 'needs_revision'],
  [
    'a decision wrapping a working regulation counts',
    'C1',
    [
      doc('q', 'quyet_dinh', {
        metadata: { bases: [], title: 'Ban hành Quy chế làm việc của Sở' },
      }),
      SET[1]!,
      SET[2]!,
    ],
    'met',
  ],
  ['single-document review', 'C1', [SET[0]!], 'not_applicable', { scope: 'document' }],
  ['nothing to review', 'C1', [], 'not_assessed'],
  [
    'outdated body',
    'C2',
    [doc('a', 'quy_dinh', { docFindings: [df('DOC.outdated_body', ['a:1'])] })],
    'needs_revision',
  ],
  [
    'issued before the directive, not reviewed',
    'C2',
    [doc('a', 'quy_dinh', { issuedDate: '2019-05-02' })],
    'needs_revision',
  ],
  [
    'issued before the directive, reviewed since',
    'C2',
    [doc('a', 'quy_dinh', { issuedDate: '2019-05-02', reviewedAfterDirective: true })],
    'met',
  ],
  [
    'date from metadata',
    'C2',
    [
      doc('a', 'quy_dinh', {
        issuedDate: undefined,
        metadata: { bases: [], issuedDate: '2013-11-06' },
      }),
    ],
    'needs_revision',
  ],
  [
    'configured directive date',
    'C2',
    [doc('a', 'quy_dinh', { issuedDate: '2024-06-01' })],
    'needs_revision',
    { directiveDate: '2025-01-01' },
  ],
  ['unknown issue date', 'C2', [doc('a', 'quy_dinh', { issuedDate: undefined })], 'not_assessed'],
];

describe('assessChecklist', () => {
  checkCases(CASES);

  it('gives every item C1–C12 once, in order, with labels', () => {
    const items = assessChecklist({ documents: SET, config: STATE }).items;
    expect(items.map((i) => i.id)).toEqual([
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'C6',
      'C7',
      'C8',
      'C9',
      'C10',
      'C11',
      'C12',
    ]);
    expect(items[0]?.label.vi).toBe('Đủ phạm vi rà soát');
  });

  it('names the missing kinds and merges evidence per clause', () => {
    expect(itemOf('C1', [SET[0]!])?.explanation.vi).toBe(
      'Phạm vi rà soát còn thiếu: quy chế phối hợp, quy định, quy trình nội bộ.',
    );
    const inventory = [
      row('a:1', 'PROC.approval'),
      row('a:1', 'PROC.report'),
      row('a:2', 'PROC.report'),
    ];
    const c8 = itemOf('C8', [doc('a', 'quy_trinh', { inventory })]);
    expect(c8?.evidence).toEqual([
      { documentId: 'a', clauseId: 'a:1', kinds: ['PROC.approval', 'PROC.report'] },
      { documentId: 'a', clauseId: 'a:2', kinds: ['PROC.report'] },
    ]);
    expect(c8?.explanation.vi).toMatch(/^1 bước phê duyệt, cho ý kiến, 2 yêu cầu báo cáo\./);
  });
});
