/** Inventory rows: bearer, actor, time limit and excerpt of each procedural requirement. */
import { describe, expect, it } from 'vitest';
import { inventoryRows, type InventoryClause } from '../../../shared/inventory/index.ts';
import type { ProcKind } from '../../../shared/model/finding.ts';
import { resultOf } from './result-helper.ts';

const ARTICLE = 'Điều 5. Trình tự cấp giấy phép';

type Row = {
  kind: ProcKind;
  bearer: string;
  actor: string | null;
  timeLimit: unknown;
  extension: unknown;
};
type Case = [name: string, text: string, hits: [ProcKind, string][], rows: Row[], context?: string];

const CASES: Case[] = [
  [
    'citizen papers, in person',
    'Người đề nghị nộp hồ sơ trực tiếp tại Bộ phận một cửa, gồm đơn và bản sao giấy phép.',
    [
      ['PROC.in_person', 'nộp hồ sơ trực tiếp'],
      ['PROC.dossier', 'gồm đơn và bản sao'],
    ],
    [
      {
        kind: 'PROC.dossier',
        bearer: 'citizen',
        actor: 'Người đề nghị',
        timeLimit: null,
        extension: null,
      },
      {
        kind: 'PROC.in_person',
        bearer: 'citizen',
        actor: 'Người đề nghị',
        timeLimit: null,
        extension: null,
      },
    ],
  ],
  [
    "office receives the applicant's papers",
    'Bộ phận một cửa tiếp nhận hồ sơ của tổ chức, cá nhân.',
    [['PROC.dossier', 'tiếp nhận hồ sơ']],
    [
      {
        kind: 'PROC.dossier',
        bearer: 'citizen',
        actor: 'Bộ phận một cửa',
        timeLimit: null,
        extension: null,
      },
    ],
  ],
  [
    'internal approval, working days',
    'Trong thời hạn 05 ngày làm việc, Chánh Văn phòng trình Giám đốc phê duyệt.',
    [
      ['PROC.approval', 'phê duyệt'],
      ['PROC.approval', 'trình Giám đốc phê duyệt'],
      ['PROC.time', 'Trong thời hạn 05 ngày làm việc'],
    ],
    [
      {
        kind: 'PROC.approval',
        bearer: 'internal',
        actor: 'Chánh Văn phòng',
        timeLimit: { days: 5, unit: 'working' },
        extension: null,
      },
      {
        kind: 'PROC.time',
        bearer: 'internal',
        actor: 'Chánh Văn phòng',
        timeLimit: { days: 5, unit: 'working' },
        extension: null,
      },
    ],
  ],
  [
    'bounded extension',
    'Thời hạn giải quyết là 30 ngày làm việc, có thể gia hạn thêm 15 ngày.',
    [['PROC.time', '30 ngày làm việc']],
    [
      {
        kind: 'PROC.time',
        bearer: 'unknown',
        actor: null,
        timeLimit: { days: 30, unit: 'working' },
        extension: { days: 15, unit: 'calendar' },
      },
    ],
  ],
  [
    'unbounded extension',
    'Trường hợp phức tạp, thời hạn giải quyết được gia hạn.',
    [['PROC.time', 'gia hạn']],
    [
      {
        kind: 'PROC.time',
        bearer: 'unknown',
        actor: null,
        timeLimit: null,
        extension: 'unbounded',
      },
    ],
  ],
  [
    'no extension allowed',
    'Thời hạn trả lời là 02 tháng, không được gia hạn.',
    [['PROC.time', '02 tháng']],
    [
      {
        kind: 'PROC.time',
        bearer: 'unknown',
        actor: null,
        timeLimit: { days: 60, unit: 'calendar' },
        extension: null,
      },
    ],
  ],
  [
    'a period is not a limit',
    'Phòng Tài chính gửi báo cáo 6 tháng về Văn phòng.',
    [['PROC.report', 'gửi báo cáo']],
    [
      {
        kind: 'PROC.report',
        bearer: 'internal',
        actor: 'Phòng Tài chính',
        timeLimit: null,
        extension: null,
      },
    ],
  ],
  [
    '"Quy chế" after a number is not a quarter',
    'Văn thư cơ quan lập hồ sơ trong thời hạn nêu tại Điều 24 Quy chế này.',
    [['PROC.dossier', 'lập hồ sơ']],
    [
      {
        kind: 'PROC.dossier',
        bearer: 'internal',
        actor: 'Văn thư cơ quan',
        timeLimit: null,
        extension: null,
      },
    ],
  ],
  [
    'organisation pays',
    'Doanh nghiệp chịu chi phí khảo sát thực tế.',
    [['PROC.fee', 'chịu chi phí']],
    [
      {
        kind: 'PROC.fee',
        bearer: 'organisation',
        actor: 'Doanh nghiệp',
        timeLimit: null,
        extension: null,
      },
    ],
  ],
  [
    'time in the lead-in',
    'a) Phòng Quản lý Đô thị kiểm tra thực địa.',
    [['PROC.time', 'kiểm tra']],
    [
      {
        kind: 'PROC.time',
        bearer: 'internal',
        actor: 'Phòng Quản lý Đô thị',
        timeLimit: { days: 3, unit: 'working' },
        extension: null,
      },
    ],
    'Trong thời hạn 03 ngày làm việc:',
  ],
];

describe('inventoryRows', () => {
  it.each(CASES)('%s', (_n, text, hits, rows, context) => {
    const clause: InventoryClause = {
      id: 'c1',
      articleTitle: ARTICLE,
      text,
      ...(context ? { context } : {}),
    };
    const got = inventoryRows([clause], new Map([['c1', resultOf('c1', text, hits)]]));
    expect(
      got.map(({ kind, bearer, actor, timeLimit, extension }) => ({
        kind,
        bearer,
        actor,
        timeLimit,
        extension,
      })),
    ).toEqual(rows);
    for (const r of got) expect(text).toContain(r.excerpt.replace(/…$/, ''));
    if (context) expect(got[0]?.step).toBe(`${ARTICLE} › ${context}`);
  });
});
