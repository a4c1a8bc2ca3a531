import { describe, expect, it } from 'vitest';
import { guarded, type Guard } from '../../../shared/analysis/guards.ts';
import { prepareText } from '../../../shared/analysis/index.ts';

/** Whether `guard` explains away the words `word` (their first occurrence) in `text`. */
function check(guard: Guard, text: string, word: string): boolean {
  const p = prepareText(text);
  const at = p.text.indexOf(word);
  if (at < 0) throw new Error(`"${word}" not in "${text}"`);
  return guarded(guard, p, [at, at + word.length]);
}

describe('guarded', () => {
  it.each<[Guard, string, string, boolean]>([
    ['negated', 'Người dân không phải nộp phí khi tra cứu.', 'nộp phí', true],
    ['negated', 'Bộ phận Một cửa không thu thêm bất kỳ khoản phí nào.', 'phí', true],
    ['negated', 'Không yêu cầu tổ chức, cá nhân nộp thêm giấy tờ.', 'nộp thêm giấy tờ', true],
    ['negated', 'Lệ phí được miễn đối với hộ nghèo.', 'Lệ phí', true],
    ['negated', 'Việc miễn, giảm lệ phí thực hiện theo Nghị quyết.', 'lệ phí', true],
    ['negated', 'Người phát ngôn từ chối cung cấp thông tin.', 'cung cấp thông tin', true],
    ['negated', 'Phòng trả lời trong thời hạn không quá 05 ngày.', 'không quá 05 ngày', false],
    ['negated', 'Nếu không thống nhất thì Văn phòng báo cáo Giám đốc.', 'báo cáo', false],
    ['negated', 'Tài sản không thể sửa chữa được thanh lý.', 'thanh lý', false],
    ['negated', 'Khong phai nop phi.', 'nop phi', true],
    ['power', 'Trưởng đoàn có quyền yêu cầu đơn vị báo cáo bằng văn bản.', 'báo cáo', true],
    ['power', 'Trưởng đoàn yêu cầu đơn vị báo cáo bằng văn bản.', 'báo cáo', false],
    ['role', 'Người nộp hồ sơ nhận giấy hẹn.', 'nộp hồ sơ', true],
    ['role', 'Người được ủy quyền mang theo giấy tờ.', 'ủy quyền', true],
    ['role', 'Khi bàn giao, hai bên ký biên bản.', 'ký biên bản', false],
    ['done', 'Thực hiện theo kế hoạch đã được Giám đốc phê duyệt.', 'phê duyệt', true],
    ['done', 'Kế hoạch trình Giám đốc phê duyệt.', 'phê duyệt', false],
    ['temporal', 'Tin, bài trước khi đăng tải phải được duyệt.', 'đăng tải', true],
    ['temporal', 'Văn phòng đăng tải tin trên Cổng thông tin.', 'đăng tải', false],
    [
      'accountable',
      'Thủ trưởng chịu trách nhiệm về chất lượng, thời hạn xử lý.',
      'thời hạn xử lý',
      true,
    ],
    [
      'accountable',
      'Thủ trưởng chịu trách nhiệm; thời hạn xử lý là 05 ngày.',
      'thời hạn xử lý',
      false,
    ],
    ['nominal', 'Việc cập nhật thông tin lên Cổng phải bảo đảm an toàn.', 'cập nhật', true],
    [
      'guided',
      'Công chức hướng dẫn người khiếu nại gửi đơn đến cơ quan có thẩm quyền.',
      'gửi đơn',
      true,
    ],
    ['guided', 'Người khiếu nại gửi đơn đến cơ quan có thẩm quyền.', 'gửi đơn', false],
  ])('%s: %s («%s») → %s', (guard, text, word, want) => {
    expect(check(guard, text, word)).toBe(want);
  });
});
