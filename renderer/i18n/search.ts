/** Strings of the search screen: Vietnamese defines the keys, English must match them. */
const vi = {
  'search.title': 'Tìm kiếm toàn văn',
  'search.label': 'Từ khóa',
  'search.hint':
    'Gõ có dấu hoặc không dấu, ví dụ: nguoi dung dau · "lấy ý kiến" để tìm đúng cụm từ',
  'search.filters': 'Bộ lọc',
  'search.document': 'Văn bản',
  'search.docKind': 'Loại văn bản',
  'search.findingKind': 'Loại phát hiện',
  'search.status': 'Tình trạng rà soát',
  'search.all': 'Tất cả',
  'search.status.none': 'Không có phát hiện',
  'search.status.open': 'Còn phát hiện chưa xem',
  'search.status.reviewed': 'Đã xem hết',
  'search.sort': 'Sắp xếp',
  'search.sort.relevance': 'Phù hợp nhất',
  'search.sort.document': 'Theo thứ tự văn bản',
  'search.count': '{n} kết quả · {ms} ms',
  'search.none': 'Không tìm thấy điều khoản nào khớp với “{q}”.',
  'search.start':
    'Nhập từ khóa để tìm trong {n} văn bản của thư mục làm việc. ↑↓ để chọn, Enter để mở điều khoản.',
  'search.more': 'Xem thêm kết quả',
  'search.results': 'Kết quả tìm kiếm',
} as const;

export const search: { vi: typeof vi; en: Record<keyof typeof vi, string> } = {
  vi,
  en: {
    'search.title': 'Full-text search',
    'search.label': 'Search terms',
    'search.hint':
      'Type with or without diacritics, e.g. nguoi dung dau · "lấy ý kiến" for an exact phrase',
    'search.filters': 'Filters',
    'search.document': 'Document',
    'search.docKind': 'Document type',
    'search.findingKind': 'Finding kind',
    'search.status': 'Review status',
    'search.all': 'All',
    'search.status.none': 'No findings',
    'search.status.open': 'Findings still open',
    'search.status.reviewed': 'All reviewed',
    'search.sort': 'Sort',
    'search.sort.relevance': 'Most relevant',
    'search.sort.document': 'Document order',
    'search.count': '{n} results · {ms} ms',
    'search.none': 'No clause matches “{q}”.',
    'search.start':
      'Type to search the {n} documents of this workspace. ↑↓ to select, Enter to open the clause.',
    'search.more': 'Show more results',
    'search.results': 'Search results',
  },
};
