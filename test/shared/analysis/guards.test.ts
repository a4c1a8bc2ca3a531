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
    ['negated', 'Đơn vị chậm gửi báo cáo hai lần thì bị nhắc nhở.', 'báo cáo', true],
    ['negated', 'Chậm nhất ngày 20, đơn vị gửi báo cáo về Sở.', 'báo cáo', false],
    ['negated', 'Hạn chế tổ chức họp; ưu tiên xử lý bằng văn bản.', 'tổ chức họp', true],
    [
      'negated',
      'Nghiêm cấm dùng con dấu, thiết bị ký số để đóng dấu văn bản chưa ký.',
      'đóng dấu',
      true,
    ],
    [
      'negated',
      'Văn thư đóng dấu, cấp số văn bản sau khi người có thẩm quyền ký.',
      'đóng dấu',
      false,
    ],
    ['power', 'Trưởng đoàn có quyền yêu cầu đơn vị báo cáo bằng văn bản.', 'báo cáo', true],
    ['power', 'Trưởng đoàn yêu cầu đơn vị báo cáo bằng văn bản.', 'báo cáo', false],
    ['role', 'Người nộp hồ sơ nhận giấy hẹn.', 'nộp hồ sơ', true],
    ['role', 'Người được ủy quyền mang theo giấy tờ.', 'ủy quyền', true],
    ['role', 'Khi bàn giao, hai bên ký biên bản.', 'ký biên bản', false],
    ['role', 'Người đề nghị nộp lệ phí khi nhận kết quả.', 'nộp lệ phí', false],
    ['role', 'Người đề nghị cung cấp thông tin phải trả chi phí in.', 'cung cấp thông tin', true],
    ['role', 'Cơ quan chuyển giao chịu trách nhiệm về hồ sơ đã bàn giao.', 'chuyển giao', true],
    ['role', 'Cơ quan chuyển giao hồ sơ cho Sở trong 03 ngày.', 'chuyển giao', false],
    ['nominal', 'Việc nộp lưu hồ sơ thực hiện theo hướng dẫn.', 'nộp lưu', true],
    ['nominal', 'Người giải quyết công việc lập hồ sơ công việc.', 'lập hồ sơ', false],
    ['nominal', 'Người đến làm việc phải có giấy giới thiệu.', 'phải có giấy', false],
    ['referenced', 'a) Báo cáo tháng: tính từ ngày 15 tháng trước.', 'Báo cáo', true],
    ['referenced', 'a) Báo cáo tuần: trước 15 giờ thứ Năm.', 'Báo cáo', false],
    [
      'referenced',
      'Kết luận ban hành trong 30 ngày kể từ ngày nhận được báo cáo.',
      'báo cáo',
      true,
    ],
    ['referenced', 'Thời gian chốt số liệu báo cáo tháng là ngày 14.', 'báo cáo', true],
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
    ['referenced', 'Căn cứ báo cáo của các phòng, Văn phòng tổng hợp.', 'báo cáo', true],
    ['referenced', 'Ngoài các báo cáo định kỳ, các phòng báo cáo đột xuất.', 'báo cáo', true],
    ['referenced', 'Thực hiện theo Báo cáo số 12/BC-UBND ngày 05/3/2025.', 'Báo cáo', true],
    ['referenced', 'Văn phòng hướng dẫn chế độ báo cáo thống kê.', 'báo cáo', true],
    ['referenced', 'Nội dung báo cáo phải trung thực.', 'báo cáo', true],
    ['referenced', 'Công chức Bộ phận Một cửa chuyển hồ sơ đến phòng.', 'chuyển hồ sơ', false],
    ['referenced', 'Chủ đầu tư tự báo cáo kết quả giám sát.', 'báo cáo', false],
    ['referenced', 'Các phòng thực hiện chế độ báo cáo với Văn phòng.', 'báo cáo', false],
    ['referenced', 'Cac phong gui theo bao cao cua So.', 'bao cao', true],
    ['purpose', 'Đại biểu lựa chọn nội dung để báo cáo với cử tri.', 'báo cáo', true],
    ['purpose', 'Văn phòng báo cáo Giám đốc trước ngày 20.', 'báo cáo', false],
    ['conditional', 'Trường hợp gửi văn bản giấy, phòng soạn thảo chuẩn bị phong bì.', 'gửi', true],
    ['conditional', 'Phòng soạn thảo gửi văn bản giấy cho nơi nhận.', 'gửi', false],
    [
      'negated',
      'Phạm vi ủy quyền không bao gồm công tác cán bộ, phê duyệt quyết toán.',
      'phê duyệt',
      true,
    ],
  ])('%s: %s («%s») → %s', (guard, text, word, want) => {
    expect(check(guard, text, word)).toBe(want);
  });
});
