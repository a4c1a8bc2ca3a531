import { describe, expect, it } from 'vitest';
import { detectActor } from '../../../shared/analysis/index.ts';

describe('detectActor', () => {
  it.each([
    ['Phòng Tư pháp kiểm tra hồ sơ.', '', '', 'named', 'text', 'Phòng Tư pháp'],
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

  it('works on text typed without diacritics', () => {
    expect(detectActor({ text: 'Cac don vi co lien quan phoi hop thuc hien.' }).kind).toBe('vague');
  });
});
