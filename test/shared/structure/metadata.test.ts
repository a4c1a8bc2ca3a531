import { describe, expect, it } from 'vitest';
import type { DocType } from '../../../shared/model/document.ts';
import {
  classifyInstrument,
  findDate,
  parseCitations,
  parseDocument,
} from '../../../shared/structure/index.ts';

const meta = (lines: string[]) =>
  parseDocument({ text: lines.join('\n'), warnings: [], format: 'txt' }).metadata;

describe('dates', () => {
  it.each([
    ['Nghệ An, ngày 24 tháng 11 năm 2025', '2025-11-24'],
    ['ngày 05/12/2025', '2025-12-05'],
    ['ngày 18 tháng 11năm 2025', '2025-11-18'],
    ['ngày 1.7.2025', '2025-07-01'],
    ['ngày 30 tháng 02 năm 2025', undefined],
    ['ngày … tháng … năm ……', undefined],
    ['năm 2025', undefined],
  ])('%s → %s', (s, iso) => {
    expect(findDate(s)).toBe(iso);
  });
});

describe('căn cứ', () => {
  it('splits a line naming two laws and reads number, date and title', () => {
    const c = parseCitations(
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15 ngày 25 tháng 6 năm 2025;',
    );
    expect(c).toHaveLength(2);
    expect(c[0]).toMatchObject({
      docType: 'Luật',
      number: '64/2025/QH15',
      date: '2025-02-19',
      title: 'Luật Ban hành văn bản quy phạm pháp luật',
    });
    expect(c[1]).toMatchObject({
      number: '87/2025/QH15',
      title: 'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật',
    });
  });
  it.each([
    [
      'Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;',
      {
        docType: 'Nghị định',
        number: '08/2022/NĐ-CP',
        date: '2022-01-10',
        title: 'quy định chi tiết một số điều của Luật Bảo vệ môi trường',
      },
    ],
    [
      '- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học;',
      { docType: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22' },
    ],
    [
      'Căn cứ Luật Đất đai số 31/2024/ QH15 ngày 18 tháng 01 năm 2024;',
      { number: '31/2024/QH15', title: 'Luật Đất đai' },
    ],
    [
      'Căn cứ Thông tư liên tịch 88/2016/TTLT/BTC-BTNMT ngày 22 tháng 6 năm 2016 của Liên Bộ;',
      { docType: 'Thông tư liên tịch', number: '88/2016/TTLT/BTC-BTNMT' },
    ],
    [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
      { title: 'Luật Tổ chức chính quyền địa phương', date: '2025-06-16' },
    ],
  ])('%s', (line, expected) => {
    expect(parseCitations(line)[0]).toMatchObject(expected);
  });
  it('does not take a date for a document number', () => {
    expect(
      parseCitations('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;')[0]?.number,
    ).toBeUndefined();
  });
});

describe('loại văn bản', () => {
  it.each<[string, DocType]>([
    ['QUY CHẾ PHỐI HỢP THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ', 'quy_che_phoi_hop'],
    ['QUY CHẾ LÀM VIỆC CỦA SỞ NỘI VỤ', 'quy_che_lam_viec'],
    ['QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO', 'quy_che_lam_viec'],
    ['QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH KIẾN NGHỊ', 'quy_trinh'],
    ['QUY CHẾ CÔNG TÁC LƯU TRỮ', 'quy_dinh'],
    ['QUY ĐỊNH QUY CHẾ PHỐI HỢP GIỮA CÁC SỞ', 'quy_che_phoi_hop'],
    ['BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ', 'quy_dinh'],
    ['ĐIỀU LỆ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ', 'dieu_le'],
    ['PHƯƠNG ÁN TÁI CẤU TRÚC, LIÊN THÔNG QUY TRÌNH', 'quy_trinh'],
  ])('%s → %s', (title, type) => {
    expect(classifyInstrument(title)).toBe(type);
  });
  it('types a decision by what it issues, and a decision with its own provisions as quyet_dinh', () => {
    const wrapper = [
      'QUYẾT ĐỊNH',
      'BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA CÁC SỞ',
      'Điều 1. Ban hành Quy chế.',
      'QUY CHẾ',
      'PHỐI HỢP GIỮA CÁC SỞ',
      '(Ban hành kèm theo Quyết định số 1/QĐ-UBND)',
      'Điều 1. Phạm vi',
    ];
    expect(meta(wrapper).docType).toBe('quy_che_phoi_hop');
    expect(
      meta([
        'QUYẾT ĐỊNH',
        'BAN HÀNH QUY ĐỊNH CHỨC NĂNG',
        'Điều 1. Vị trí và chức năng',
        'Nội dung.',
      ]).docType,
    ).toBe('quyet_dinh');
  });
  it('types an attachment that opens the text by the Thông tư it is attached to', () => {
    const m = meta([
      'NỘI QUY THI TUYỂN',
      '(Kèm theo Thông tư số 22/2025/TT-BNV ngày 19 tháng 10 năm 2025 của Bộ trưởng Bộ Nội vụ)',
      'Điều 1. Quy định chung',
    ]);
    expect(m).toMatchObject({
      docType: 'thong_tu',
      number: '22/2025/TT-BNV',
      issuedDate: '2025-10-19',
      issuer: 'Bộ trưởng Bộ Nội vụ',
    });
  });
  it('types a text with no title from how it names itself', () => {
    expect(
      meta(['Chương I', 'Điều 1. Phạm vi', 'Quy chế này quy định nguyên tắc làm việc của Sở.'])
        .docType,
    ).toBe('quy_che_lam_viec');
  });
});

describe('header, signer and hiệu lực', () => {
  it('reads a header split over lines and a multi-line signature', () => {
    const m = meta([
      'ỦY BAN NHÂN',
      'DÂN',
      'TỈNH ĐỒNG THÁP',
      '--------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số:',
      '138/2025/QĐ-UBND',
      'Đồng Tháp, ngày 25 tháng 11 năm 2025',
      'QUYẾT ĐỊNH',
      'BAN HÀNH QUY CHẾ TIẾP NHẬN HỒ SƠ, TRẢ',
      'KẾT QUẢ THỦ TỤC HÀNH CHÍNH',
      'Căn cứ Luật Đất đai số 31/2024/QH15;',
      'Điều 1. Quyết định này có hiệu lực thi hành từ ngày 05 tháng 12 năm 2025.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Thành Diệu',
    ]);
    expect(m).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
      number: '138/2025/QĐ-UBND',
      issuedDate: '2025-11-25',
      title: 'BAN HÀNH QUY CHẾ TIẾP NHẬN HỒ SƠ, TRẢ KẾT QUẢ THỦ TỤC HÀNH CHÍNH',
      signer: 'Nguyễn Thành Diệu',
      signerTitle: 'PHÓ CHỦ TỊCH',
      effective: '2025-12-05',
    });
    expect(m.bases).toHaveLength(1);
  });
  it.each([
    ['TM. CHÍNH PHỦ THỦ TƯỚNG [ (Đã ký) Nguyễn Xuân Phúc', 'Nguyễn Xuân Phúc', 'THỦ TƯỚNG'],
    ['KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Bích Ngọc', 'Nguyễn Thị Bích Ngọc', 'THỨ TRƯỞNG'],
    ['T/M BAN BÍ THƯ Trần Cẩm Tú', 'Trần Cẩm Tú', undefined],
    ['TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Ngọc Châu', 'Lê Ngọc Châu', 'CHỦ TỊCH'],
  ])('%s', (line, signer, title) => {
    const m = meta(['Điều 1. A', 'Nội dung.', 'Nơi nhận:', '- Lưu: VT.', line]);
    expect(m.signer).toBe(signer);
    expect(m.signerTitle).toBe(title);
  });
  it('keeps hiệu lực as stated when it is not a date', () => {
    expect(
      meta([
        'Điều 1. Quyết định này có hiệu lực kể từ ngày ký ban hành và thay thế Quyết định số 1/QĐ-UBND.',
      ]).effective,
    ).toBe('kể từ ngày ký ban hành');
  });
  it('falls back to the enacting words for the issuer', () => {
    expect(
      meta([
        'NGHỊ ĐỊNH',
        'Về công tác văn thư',
        'Chính phủ ban hành Nghị định về công tác văn thư.',
        'Điều 1. Phạm vi',
      ]).issuer,
    ).toBe('Chính phủ');
  });
});
