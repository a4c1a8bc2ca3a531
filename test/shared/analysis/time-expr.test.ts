import { describe, expect, it } from 'vitest';
import { parseTimeExpressions, toDays } from '../../../shared/analysis/index.ts';

describe('parseTimeExpressions', () => {
  it.each([
    [
      'Thời hạn giải quyết là 05 ngày làm việc.',
      { value: 5, unit: 'working_day', relation: 'within' },
    ],
    [
      'Chậm nhất 15 ngày kể từ ngày nhận đủ hồ sơ, Sở phải trả lời.',
      { value: 15, unit: 'day', relation: 'no_later_than', from: 'kể từ ngày nhận đủ hồ sơ' },
    ],
    ['trong thời hạn 03 ngày làm việc', { value: 3, unit: 'working_day', relation: 'within' }],
    ['thông báo trong vòng 24 giờ', { value: 24, unit: 'hour', relation: 'within' }],
    ['không quá 02 tháng', { value: 2, unit: 'month', relation: 'no_later_than' }],
    ['có thể gia hạn thêm 10 ngày', { value: 10, unit: 'day', relation: 'extension' }],
    [
      'Trước ngày khai mạc ít nhất 01 ngày làm việc',
      { value: 1, unit: 'working_day', relation: 'at_least' },
    ],
    ['4,5 ngày', { value: 4.5, unit: 'day', relation: 'plain' }],
    ['có mặt trước giờ thi 30 phút', { value: 30, unit: 'minute', relation: 'before' }],
    ['gửi trước ngày họp 02 ngày làm việc', { value: 2, unit: 'working_day', relation: 'before' }],
    ['thời hạn 05 (năm) ngày làm việc', { value: 5, unit: 'working_day', relation: 'within' }],
    ['Chuyển hồ so trong 02 ngay lam viec', { value: 2, unit: 'working_day', relation: 'within' }],
  ])('%s', (text, want) => {
    const [first] = parseTimeExpressions(text);
    expect(first).toMatchObject(want);
  });

  it.each([
    [
      'Gửi báo cáo trước ngày 15/12 hằng năm.',
      { relation: 'before', date: { day: 15, month: 12, recurring: 'year' } },
    ],
    [
      'Báo cáo trước ngày 20 hằng tháng.',
      { relation: 'before', date: { day: 20, recurring: 'month' } },
    ],
    [
      'chậm nhất vào ngày 10/01/2025',
      { relation: 'no_later_than', date: { day: 10, month: 1, year: 2025 } },
    ],
    [
      'có hiệu lực từ ngày 15 tháng 3 năm 2024',
      { relation: 'plain', date: { day: 15, month: 3, year: 2024 } },
    ],
  ])('date: %s', (text, want) => {
    expect(parseTimeExpressions(text)).toEqual([expect.objectContaining(want)]);
  });

  it('tells "ngay" (at once) from "ngày" (day)', () => {
    expect(parseTimeExpressions('Văn thư báo cáo ngay cho Chánh Văn phòng.')).toEqual([
      expect.objectContaining({ relation: 'immediate', text: 'báo cáo ngay' }),
    ]);
    expect(parseTimeExpressions('Văn thư báo cáo ngày thứ Hai.')).toEqual([]);
  });

  it.each([
    ['thời hạn góp ý không quá hai ngày làm việc', 2, 'working_day'],
    ['cho mượn tối đa bảy ngày', 7, 'day'],
    ['trả lời trong mười lăm ngày', 15, 'day'],
    ['trong vòng hai mươi ngày', 20, 'day'],
    ['trong hai ngay lam viec', 2, 'working_day'],
  ])('reads a number written in words: %s', (text, value, unit) => {
    expect(parseTimeExpressions(text)).toEqual([expect.objectContaining({ value, unit })]);
  });

  it.each([
    // "sau" (after) and "sáu" (six) fold alike; the marks tell them apart
    'Quyết định có hiệu lực sau ngày ký.',
    'Thông báo gửi bà ngày hôm trước.',
    'sau ngay ky',
    // "năm tháng" reads as years and months more often than five months
    'trong năm tháng 12',
  ])('takes no number from other words: %s', (text) => {
    expect(parseTimeExpressions(text).filter((e) => e.value !== undefined)).toEqual([]);
  });

  it('gives spans in the text', () => {
    const text = 'Phòng Tư pháp trả lời trong thời hạn 03 ngày.';
    const [e] = parseTimeExpressions(text);
    expect(e && text.slice(...e.span)).toBe('trong thời hạn 03 ngày');
  });

  it('converts to days as written', () => {
    const [wd, m] = parseTimeExpressions('trong 05 ngày làm việc; không quá 02 tháng');
    expect(wd && toDays(wd)).toEqual({ days: 5, working: true });
    expect(m && toDays(m)).toEqual({ days: 60, working: false });
  });
});
