/** The reviewer's determination: reasons for overrides, and revision actions that obey the directive. */
import { describe, expect, it } from 'vitest';
import { validateDetermination, type ChecklistItemEntry } from '../../../shared/checklist/index.ts';

const GOOD = {
  what: 'Bổ sung điều quy định trách nhiệm của Giám đốc khi đơn vị chậm trễ',
  who: 'Chánh Văn phòng',
  by: '30/06/2026',
};

type Case = [name: string, entry: ChecklistItemEntry, status: string, fields: string[]];

const CASES: Case[] = [
  ['automatic status accepted', { id: 'C3', automatic: 'met' }, 'met', []],
  [
    'override with a reason',
    {
      id: 'C3',
      automatic: 'needs_revision',
      determination: { status: 'met', reason: 'Đã quy định tại Điều 2 của Quy chế' },
    },
    'met',
    [],
  ],
  [
    'override without a reason',
    { id: 'C3', automatic: 'needs_revision', determination: { status: 'met' } },
    'met',
    ['reason'],
  ],
  [
    'override of "not assessed" needs no reason',
    { id: 'C1', automatic: 'not_assessed', determination: { status: 'met' } },
    'met',
    [],
  ],
  [
    'needs revision with a good action',
    { id: 'C5', automatic: 'needs_revision', revision: GOOD },
    'needs_revision',
    [],
  ],
  [
    'needs revision with no action',
    { id: 'C5', automatic: 'needs_revision' },
    'needs_revision',
    ['revision'],
  ],
  [
    'vague who',
    { id: 'C5', automatic: 'needs_revision', revision: { ...GOOD, who: 'các đơn vị liên quan' } },
    'needs_revision',
    ['revision.who'],
  ],
  [
    'a unit, not a position',
    { id: 'C5', automatic: 'needs_revision', revision: { ...GOOD, who: 'Phòng Tổ chức' } },
    'needs_revision',
    ['revision.who'],
  ],
  [
    'a named position of a unit',
    { id: 'C5', automatic: 'needs_revision', revision: { ...GOOD, who: 'Trưởng phòng Tổ chức' } },
    'needs_revision',
    [],
  ],
  [
    'no date',
    { id: 'C5', automatic: 'needs_revision', revision: { ...GOOD, by: 'trong quý III' } },
    'needs_revision',
    ['revision.by'],
  ],
  [
    'impossible date',
    { id: 'C5', automatic: 'needs_revision', revision: { ...GOOD, by: '31/02/2026' } },
    'needs_revision',
    ['revision.by'],
  ],
  [
    'ISO date',
    { id: 'C5', automatic: 'needs_revision', revision: { ...GOOD, by: '2026-06-30' } },
    'needs_revision',
    [],
  ],
  [
    'what too short',
    { id: 'C5', automatic: 'needs_revision', revision: { ...GOOD, what: 'Sửa' } },
    'needs_revision',
    ['revision.what'],
  ],
  [
    'reviewer turns it into needs revision without action or reason',
    { id: 'C8', automatic: 'met', determination: { status: 'needs_revision' } },
    'needs_revision',
    ['reason', 'revision'],
  ],
];

describe('validateDetermination', () => {
  it.each(CASES)('%s', (_n, entry, status, fields) => {
    const r = validateDetermination(entry);
    expect(r.status).toBe(status);
    expect(r.issues.map((i) => i.field)).toEqual(fields);
    for (const i of r.issues) expect(i.message.vi.length).toBeGreaterThan(5);
  });
  it('rejects a deadline already past when today is given', () => {
    const entry: ChecklistItemEntry = {
      id: 'C5',
      automatic: 'needs_revision',
      revision: { ...GOOD, by: '01/01/2024' },
    };
    expect(validateDetermination(entry).issues).toEqual([]);
    expect(validateDetermination(entry, '2025-01-01').issues.map((i) => i.field)).toEqual([
      'revision.by',
    ]);
  });
});
