/** Counting an inventory and comparing two versions of a rule. */
import { describe, expect, it } from 'vitest';
import {
  compareInventories,
  describeDiff,
  summariseInventory,
} from '../../../shared/inventory/index.ts';
import { rowsFor, type HandClause } from './result-helper.ts';

const APPROVE: HandClause = [
  'c1',
  'Chánh Văn phòng trình Giám đốc phê duyệt trong 05 ngày làm việc.',
  [
    ['PROC.approval', 'phê duyệt'],
    ['PROC.time', '05 ngày làm việc'],
  ],
];
const REPORT: HandClause = [
  'c2',
  'Các phòng báo cáo Văn phòng trước ngày 20 hằng tháng.',
  [
    ['PROC.report', 'báo cáo'],
    ['PROC.time', 'trước ngày 20 hằng tháng'],
  ],
];
const OPINION: HandClause = [
  'c3',
  'Dự thảo phải được Phó Giám đốc phụ trách cho ý kiến trong 04 ngày làm việc.',
  [
    ['PROC.approval', 'cho ý kiến'],
    ['PROC.time', '04 ngày làm việc'],
  ],
];
const SIGN: HandClause = [
  'c4',
  'Trưởng phòng ký xác nhận vào tờ trình trong 05 ngày làm việc.',
  [
    ['PROC.approval', 'ký xác nhận'],
    ['PROC.time', '05 ngày làm việc'],
  ],
];
const WAIT: HandClause = [
  'c5',
  'Thời hạn giải quyết là 02 tháng, có thể gia hạn thêm 15 ngày.',
  [['PROC.time', '02 tháng']],
];

describe('summariseInventory', () => {
  it("counts kinds and bearers, and sums each clause's days once", () => {
    const s = summariseInventory(rowsFor([APPROVE, REPORT, WAIT]));
    expect(s.counts).toMatchObject({
      'PROC.approval': 1,
      'PROC.report': 1,
      'PROC.time': 3,
      'PROC.fee': 0,
    });
    expect(s.total).toBe(5);
    expect(s.days).toEqual({ working: 5, calendar: 75 });
    expect(s.byBearer.internal).toBe(2);
  });
  it('is all zero for no rows', () => {
    const s = summariseInventory([]);
    expect([s.total, s.days.working, s.days.calendar, s.unbounded]).toEqual([0, 0, 0, 0]);
  });
});

describe('compareInventories', () => {
  it('"this revision adds 2 approvals and 9 days"', () => {
    const diff = compareInventories(
      rowsFor([APPROVE, REPORT]),
      rowsFor([APPROVE, REPORT, OPINION, SIGN]),
    );
    expect(diff.added).toMatchObject({ 'PROC.approval': 2, 'PROC.time': 2, 'PROC.report': 0 });
    expect(diff.removed['PROC.approval']).toBe(0);
    expect(diff.daysDelta).toEqual({ working: 9, calendar: 0 });
    expect(describeDiff(diff).vi).toBe(
      'Bản sửa đổi thêm 2 bước phê duyệt, cho ý kiến; thêm 2 thời hạn, thời gian chờ; thêm 9 ngày làm việc.',
    );
  });
  it('matches requirements by wording, not by clause id or label', () => {
    const renumbered: HandClause = ['x9', `3. ${APPROVE[1]}`, APPROVE[2]];
    const diff = compareInventories(rowsFor([APPROVE]), rowsFor([renumbered]));
    expect(Object.values(diff.added).every((n) => n === 0)).toBe(true);
    expect(describeDiff(diff).en).toBe('The revision changes no procedure or time.');
  });
  it('counts removals, and a reworded step as one removed and one added', () => {
    const reworded: HandClause = [
      'c1',
      'Chánh Văn phòng trình Phó Giám đốc phê duyệt trong 05 ngày làm việc.',
      APPROVE[2],
    ];
    const diff = compareInventories(rowsFor([APPROVE, REPORT]), rowsFor([reworded]));
    expect(diff.removed).toMatchObject({ 'PROC.approval': 1, 'PROC.report': 1, 'PROC.time': 2 });
    expect(diff.added).toMatchObject({ 'PROC.approval': 1, 'PROC.time': 1 });
    expect(diff.net).toMatchObject({ 'PROC.approval': 0, 'PROC.report': -1, 'PROC.time': -1 });
    expect(describeDiff(diff).vi).toContain('bớt 1 yêu cầu báo cáo');
  });
});
