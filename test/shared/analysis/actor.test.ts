import { describe, expect, it } from 'vitest';
import { detectActor } from '../../../shared/analysis/index.ts';

describe('detectActor', () => {
  it.each([
    ['Phòng Tư pháp kiểm tra hồ sơ.', '', '', 'named', 'text', 'Phòng Tư pháp'],
    [
      '2. Phòng, đơn vị được kiểm tra chuẩn bị báo cáo tự kiểm tra.',
      '',
      '',
      'party',
      'text',
      'Phòng, đơn vị được kiểm tra',
    ],
    [
      '3. Quá thời hạn mà cơ quan được hỏi không trả lời thì được coi là đồng ý.',
      '',
      '',
      'party',
      'text',
      'cơ quan được hỏi',
    ],
    ['Chánh Văn phòng trình Giám đốc ký.', '', '', 'named', 'text', 'Chánh Văn phòng'],
    [
      'Các đơn vị có liên quan phối hợp thực hiện.',
      '',
      '',
      'vague',
      'text',
      'Các đơn vị có liên quan',
    ],
    ['Bộ phận chuyên môn đề xuất hướng xử lý.', '', '', 'vague', 'text', 'Bộ phận chuyên môn'],
    ['Công chức được cử đi học phải hoàn thành khóa học.', '', '', 'party', 'text', 'Công chức'],
    [
      'a) Chủ trì xây dựng kế hoạch.',
      'Sở Xây dựng có trách nhiệm:',
      '',
      'named',
      'context',
      'Sở Xây dựng',
    ],
    [
      '1. Chủ trì tổ chức thực hiện.',
      '',
      'Điều 5. Trách nhiệm của Sở Xây dựng',
      'named',
      'article',
      'Sở Xây dựng',
    ],
    ['Trường hợp chưa rõ, Trưởng phòng báo cáo Giám đốc.', '', '', 'named', 'text', 'Trưởng phòng'],
    ['Hồ sơ được Văn thư cơ quan lưu giữ.', '', '', 'named', 'text', 'Văn thư cơ quan'],
    ['Công an tỉnh tra cứu và trả lời kết quả.', '', '', 'named', 'text', 'Công an tỉnh'],
    [
      'Người đến khai thác tài liệu phải có giấy giới thiệu.',
      '',
      '',
      'party',
      'text',
      'Người đến khai thác',
    ],
    [
      'Trong trường hợp bất khả kháng theo Điểm b, Khoản 1, chủ quản dữ liệu phải thông báo.',
      '',
      '',
      'named',
      'text',
      'chủ quản dữ liệu',
    ],
    [
      'a) Tổ chức triển khai kế hoạch.',
      'Các cơ quan, đơn vị có liên quan có trách nhiệm:',
      '',
      'vague',
      'context',
      'Các cơ quan, đơn vị có liên quan',
    ],
  ])('%s', (text, context, article, kind, source, name) => {
    const a = detectActor({ text, context, article });
    expect(a.kind).toBe(kind);
    expect(a.source).toBe(source);
    if (a.kind !== 'none') expect(a.mention.text).toBe(name);
  });

  it('finds no one in a subjectless passive clause', () => {
    expect(detectActor({ text: 'Hồ sơ được xem xét, giải quyết theo quy định.' }).kind).toBe(
      'none',
    );
  });

  it.each([
    // a heading that says whose business it is, not who acts
    [
      '2. Khiếu nại của công dân được giải quyết.',
      'Điều 7. Giải quyết công việc của tổ chức, công dân',
    ],
    [
      '3. Việc đánh giá thực hiện theo hình thức thu hoạch.',
      'Điều 6. Tổ chức giảng dạy và đánh giá',
    ],
  ])('takes no actor from the heading of %s', (text, article) => {
    expect(detectActor({ text, article }).kind).toBe('none');
  });

  it('reads a group that lists its members as named', () => {
    const text = 'Các phòng chuyên môn gồm: Phòng Hành chính, Phòng Kế hoạch.';
    expect(detectActor({ text }).kind).not.toBe('vague');
  });

  it.each([
    // a person named by what they do
    ['Người tiếp công dân được từ chối tiếp người say rượu.', 'party', 'text'],
    // the unit a task was given to is one unit
    ['Phòng được giao chủ trì soạn thảo chịu trách nhiệm về nội dung.', 'party', 'text'],
    // a bare plural of units addresses each of them
    ['Các phòng gửi báo cáo về Văn phòng.', 'party', 'text'],
    // a request addresses its actor
    ['Đề nghị các cơ quan liên quan có ý kiến bằng văn bản.', 'vague', 'text'],
    // the unit where the work is carried out does it
    ['Việc tiếp công dân được thực hiện tại Phòng Tiếp công dân.', 'named', 'text'],
  ])('%s → %s', (text, kind, source) => {
    const a = detectActor({ text });
    expect(a.kind).toBe(kind);
    expect(a.source).toBe(source);
  });

  it('takes no actor from where a paper is kept', () => {
    expect(detectActor({ text: 'Biên bản họp được lưu tại Văn phòng Ủy ban.' }).kind).toBe('none');
  });

  it('works on text typed without diacritics', () => {
    expect(detectActor({ text: 'Cac don vi co lien quan phoi hop thuc hien.' }).kind).toBe('vague');
  });
});
