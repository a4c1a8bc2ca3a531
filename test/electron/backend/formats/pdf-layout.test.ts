import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../../electron/backend/formats/paragraphs.ts';
import {
  pageLines,
  removeFurniture,
  type PdfLine,
} from '../../../../electron/backend/formats/pdf-lines.ts';

// A page of an A4 document: text block from x=72 to x=522, first-line indent 28, line gap 15.
const LEFT = 72;
const RIGHT = 522;

function line(
  text: string,
  opts: { x?: number; right?: number; y: number; page?: number },
): PdfLine {
  return {
    text,
    x: opts.x ?? LEFT,
    right: opts.right ?? RIGHT,
    y: opts.y,
    size: 13,
    page: opts.page ?? 1,
  };
}

/** Builds lines top-down: each spec is [text, x, right, extra gap before]. */
function page(specs: [string, number?, number?, number?][], pageNo = 1): PdfLine[] {
  let y = 780;
  return specs.map(([text, x, right, gap]) => {
    y -= 15 + (gap ?? 0);
    return line(text, { x: x ?? LEFT, right: right ?? RIGHT, y, page: pageNo });
  });
}

describe('pageLines', () => {
  it('groups items on one baseline, orders them left to right, and spaces them by gaps', () => {
    const lines = pageLines(
      {
        width: 595,
        height: 842,
        items: [
          { str: 'khoản', x: 140, y: 700.5, width: 35, size: 13 },
          { str: 'Điều 1.', x: 72, y: 700, width: 40, size: 13 },
          { str: 'Một', x: 115, y: 700, width: 22, size: 13 },
          { str: 'Dòng sau', x: 72, y: 685, width: 50, size: 13 },
          { str: '  ', x: 130, y: 685, width: 5, size: 13 },
        ],
      },
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['Điều 1. Một khoản', 'Dòng sau']);
    expect(lines[0]).toMatchObject({ x: 72, right: 175, page: 1 });
  });
});

describe('removeFurniture', () => {
  const pages = [1, 2, 3].map((p) => [
    line('Ủy ban nhân dân tỉnh – Quy chế làm việc', { y: 800, page: p }),
    line(`Quy chế làm việc – ${p}`, { y: 785, page: p }),
    line(`Mẫu số ${p + 10}`, { y: 700, page: p }),
    line(`Điều ${p + 4}. Tiêu đề`, { y: 680, page: p }),
    line(`Trang ${p}/3`, { y: 40, page: p }),
  ]);

  it('removes the repeated header, a header carrying the page number, and page numbers; keeps the body', () => {
    const kept = removeFurniture(pages).map((ls) => ls.map((l) => l.text));
    expect(kept).toEqual([1, 2, 3].map((p) => [`Mẫu số ${p + 10}`, `Điều ${p + 4}. Tiêu đề`]));
  });

  it("keeps a bare number that is not this page's number", () => {
    const single = [[line('Thời hạn', { y: 700 }), line('15', { y: 680 })]];
    expect(removeFurniture(single)[0]?.map((l) => l.text)).toEqual(['Thời hạn', '15']);
    const numbered = [[line('Thời hạn', { y: 700 }), line('- 1 -', { y: 40 })]];
    expect(removeFurniture(numbered)[0]?.map((l) => l.text)).toEqual(['Thời hạn']);
  });
});

describe('joinLines', () => {
  const cases: [string, [string, number?, number?, number?][], string[]][] = [
    [
      'wrapped lines join; an indented line or a short last line ends the paragraph',
      [
        ['1. Cơ quan chủ trì có trách nhiệm tổng hợp ý kiến', 100],
        ['của các đơn vị và báo cáo.', LEFT, 300],
        ['2. Thời hạn trả lời là 05 ngày làm việc kể từ ngày', 100],
        ['nhận được văn bản.', LEFT, 260],
      ],
      [
        '1. Cơ quan chủ trì có trách nhiệm tổng hợp ý kiến của các đơn vị và báo cáo.',
        '2. Thời hạn trả lời là 05 ngày làm việc kể từ ngày nhận được văn bản.',
      ],
    ],
    [
      'a structural marker starts a unit even at the left margin after a full line',
      [
        ['Điều 4. Trách nhiệm của người đứng đầu', 100, 400],
        ['1. Chịu trách nhiệm toàn diện trước cấp trên về mọi mặt công tác của'],
        ['a) Chỉ đạo, điều hành', LEFT, 300],
      ],
      [
        'Điều 4. Trách nhiệm của người đứng đầu',
        '1. Chịu trách nhiệm toàn diện trước cấp trên về mọi mặt công tác của',
        'a) Chỉ đạo, điều hành',
      ],
    ],
    [
      'a wrapped sentence that happens to go on with "Điều 9." or "2. của" continues',
      [
        ['Việc lưu trữ hồ sơ thực hiện theo quy định tại', 100],
        ['Điều 9.', LEFT, 120],
        ['Thời hạn là ngày 15 tháng', 100],
        ['2. của năm sau.', LEFT, 200],
      ],
      [
        'Việc lưu trữ hồ sơ thực hiện theo quy định tại Điều 9.',
        'Thời hạn là ngày 15 tháng 2. của năm sau.',
      ],
    ],
    [
      '"Chương II" in running text is not a heading; a "Chương II" line is',
      [
        ['Thời hạn giải quyết được quy định cụ thể tại', 100],
        ['Chương II Quy chế này.', LEFT, 220],
        ['Chương II', 270, 325, 6],
        ['QUY ĐỊNH CỤ THỂ', 240, 355],
      ],
      [
        'Thời hạn giải quyết được quy định cụ thể tại Chương II Quy chế này.',
        'Chương II',
        'QUY ĐỊNH CỤ THỂ',
      ],
    ],
    [
      'a long title in capitals wraps onto a centred line; the next title after spacing is new',
      [
        ['BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ', 80, 515],
        ['DU LỊCH', 270, 324],
        ['TRƯỞNG BAN CHỈ ĐẠO', 230, 364, 6],
      ],
      ['BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH', 'TRƯỞNG BAN CHỈ ĐẠO'],
    ],
    [
      'a short tail in capitals continues its sentence; "TTr-" + "SKHCN" glue without a space',
      [
        ['a) Tra cứu trực tuyến trên Cổng Dịch vụ công quốc gia qua mã hồ sơ', 100],
        ['TTHC;', LEFT, 110],
        ['Theo đề nghị của Giám đốc Sở tại Tờ trình số 107/TTr-', 100],
        ['SKHCN ngày 17/10/2025;', LEFT, 220],
      ],
      [
        'a) Tra cứu trực tuyến trên Cổng Dịch vụ công quốc gia qua mã hồ sơ TTHC;',
        'Theo đề nghị của Giám đốc Sở tại Tờ trình số 107/TTr-SKHCN ngày 17/10/2025;',
      ],
    ],
  ];

  it.each(cases)('%s', (_name, specs, expected) => {
    // A few ordinary wrapped lines so the block's edges and line gap can be measured.
    const context = page(
      [
        ['Đoạn mở đầu của văn bản có nhiều dòng', 100],
        ['tiếp tục'],
        ['và kết thúc ở đây.', LEFT, 200],
      ],
      9,
    );
    const paragraphs = joinLines([...page(specs), ...context]).slice(0, -1);
    expect(paragraphs.map((p) => p.text)).toEqual(expected);
  });

  it('a paragraph running over a page break stays one paragraph on its first page', () => {
    const lines = [
      ...page([['1. Khoản này bắt đầu ở cuối trang và còn tiếp', 100], ['sang trang sau']], 1),
      ...page(
        [
          ['cho đến khi kết thúc.', LEFT, 250],
          ['2. Khoản khác.', 100, 200],
        ],
        2,
      ),
    ];
    expect(joinLines(lines)).toEqual([
      {
        text: '1. Khoản này bắt đầu ở cuối trang và còn tiếp sang trang sau cho đến khi kết thúc.',
        page: 1,
      },
      { text: '2. Khoản khác.', page: 2 },
    ]);
  });
});
