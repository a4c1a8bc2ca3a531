/**
 * Who can bear a duty in Vietnamese rules. Named units are told apart by capitals ("Phòng Tư
 * pháp" is a unit, "các phòng chuyên môn" a group), so these sources run on the NFC text with
 * case; vague groups run on folded text. Sources, not RegExps: actor.ts compiles them once.
 */

const L = String.raw`\p{Lu}`;
/**
 * A proper-name word: capitalised (Tư, Xây, UBND), an acronym, or the administrative level that
 * makes a body of a unit head ("Công an tỉnh", "Thanh tra huyện", "Kho bạc Nhà nước khu vực").
 */
const NAME = String.raw`(?:${L}[\p{L}\p{M}]*(?:\s+\p{Ll}[\p{L}\p{M}]*)?|\d+|(?:tỉnh|huyện|quận|xã(?! hội)|phường|thị trấn|thành phố|cấp tỉnh|cấp huyện|cấp xã|khu vực)(?![\p{L}\p{M}]))`;

/** Unit heads that need a proper name or a fixed complement after them to be one body. */
export const UNIT_HEADS = [
  'Sở',
  'Phòng',
  'Văn phòng',
  'Bộ',
  'Cục',
  'Tổng cục',
  'Vụ',
  'Chi cục',
  'Trung tâm',
  'Viện',
  'Học viện',
  'Trường',
  'Kho bạc',
  'Thanh tra',
  'Công an',
  'Chi nhánh',
  'Bảo hiểm',
  'Ngân hàng',
  'Tòa án',
  'Đài',
  'Báo',
  'Mặt trận',
  'Liên hiệp',
  'Liên đoàn',
  'Hội',
  'Cơ quan',
  'Bộ phận',
  'Đảng ủy',
];

/** Bodies that are one body even bare (the council, team or board the rule sets up). */
export const BODIES = [
  String.raw`Ủy ban nhân dân(?: (?:tỉnh|thành phố|cấp tỉnh|cấp xã|xã|phường|huyện|quận))?`,
  String.raw`UBND(?: (?:tỉnh|thành phố|cấp tỉnh|cấp xã|xã|phường|huyện|quận))?`,
  String.raw`Hội đồng(?: nhân dân)?`,
  String.raw`Ban (?:Chỉ đạo|Giám đốc|Thường vụ|Thường trực|Bí thư|biên tập|giám sát|Kiểm soát|Điều hành)`,
  String.raw`Đoàn (?:kiểm tra|thanh tra|công tác|giám sát|đại biểu Quốc hội)`,
  String.raw`Tổ (?:công tác|giúp việc|thư ký|chuyên gia|thẩm định)`,
  String.raw`Văn thư cơ quan`,
  String.raw`Lưu trữ (?:cơ quan|lịch sử|hiện hành)`,
  String.raw`[Bb]ộ phận (?:Một cửa|một cửa|tiếp nhận và trả kết quả)`,
  String.raw`[Cc]ơ quan [Tt]huế`,
  String.raw`Thuế (?:tỉnh|thành phố|cơ sở)`,
  String.raw`Chính phủ`,
  String.raw`Thủ tướng Chính phủ`,
  String.raw`Quốc hội`,
  String.raw`Trung ương`,
  String.raw`Tỉnh ủy`,
  String.raw`Thành ủy`,
  String.raw`Thường trực (?:Hội đồng nhân dân|Tỉnh ủy|Thành ủy)`,
  String.raw`Hội đồng tuyển dụng`,
  String.raw`Quỹ`,
  String.raw`Trung tâm`,
  String.raw`Văn phòng`,
];

/** Positions: one person, clear by title even in lower case ("trưởng phòng"). */
export const POSITIONS = [
  'phó giám đốc',
  'tổng giám đốc',
  'giám đốc',
  'phó trưởng phòng',
  'trưởng phòng',
  'phó trưởng ban',
  'trưởng ban',
  'phó chánh văn phòng',
  'chánh văn phòng',
  'phó chủ tịch',
  'chủ tịch',
  'bộ trưởng',
  'thứ trưởng',
  'thủ trưởng',
  'người đứng đầu',
  'cục trưởng',
  'vụ trưởng',
  'chi cục trưởng',
  'chánh thanh tra',
  'trưởng đoàn',
  'phó trưởng đoàn',
  'tổ trưởng',
  'kế toán trưởng',
  'bí thư',
  'ủy viên',
  'thư ký',
  'văn thư',
  'chủ nhiệm',
  'hiệu trưởng',
  'viện trưởng',
  'lãnh đạo',
  'thành viên',
  'chủ quản dữ liệu',
  'trưởng chi nhánh',
  'chủ trì cuộc họp',
  'người chủ trì',
];

/** People or outside bodies a rule addresses by role: clear enough to know who must act. */
export const PARTIES = [
  'công chức',
  'viên chức',
  'cán bộ',
  'người lao động',
  'thí sinh',
  'người sử dụng đất',
  'người nộp thuế',
  'người dân',
  'công dân',
  'hai bên',
  'doanh nghiệp',
  'người đề nghị',
  'người yêu cầu',
  'người học',
  'học viên',
  'đối tượng kiểm tra',
  'chủ đầu tư',
  'hộ gia đình',
  'nhà đầu tư',
  'cử tri',
  'đại biểu',
  'giảng viên',
  'người được',
  // The unit a task was given to is one unit, picked by that assignment.
  'phòng được giao',
  'đơn vị được giao',
  'cơ quan được giao',
  'bộ phận được giao',
  'tổ chức, cá nhân',
  'cá nhân, tổ chức',
  'cá nhân',
  'đơn vị',
  'cơ quan',
  'tổ chức',
  // A bare plural of units addresses each of them ("Các phòng gửi báo cáo …").
  'các phòng',
  'các phòng, ban',
  'các sở, ngành',
  'các sở',
  'các ban',
];

/**
 * Vague groups, folded: who exactly is left open. A bare "các cơ quan, đơn vị" is the class a
 * rule addresses (each of them must act) and counts as a party; a qualifier that leaves the
 * membership open ("có liên quan", "chức năng", "chuyên môn", "có thẩm quyền") makes it vague.
 */
const UNITS = String.raw`(?:co quan|don vi|bo phan|phong|ban|nganh|so|to chuc|ca nhan|dia phuong|doan the|luc luong)`;
export const VAGUE = [
  String.raw`(?:cac )?${UNITS}(?:\s*(?:,|va|hoac)\s*${UNITS})*\s+(?:co )?lien quan`,
  String.raw`(?:cac )?${UNITS}(?:\s*(?:,|va|hoac)\s*${UNITS})* khac`,
  String.raw`(?:cac )?(?:co quan|luc luong|bo phan|phong|ban|don vi|nganh) chuc nang`,
  String.raw`(?:cac )?(?:bo phan|phong|don vi|co quan) (?:chuyen mon|nghiep vu|tham muu|phu trach)`,
  String.raw`(?:cap|nguoi|co quan|don vi) co tham quyen(?! (?:chung thuc|cong chung|tuyen dung|bo nhiem|su dung|quan ly|quyet dinh [a-z ]{0,40}:))`,
  String.raw`cac ben`,
  String.raw`cac bo phan`,
];

export const NAME_WORD = NAME;
