/** Display names of document types (ids from shared/model/document.ts DocType). */
const VI: Record<string, string> = {
  quy_che_lam_viec: 'Quy chế làm việc',
  quy_che_phoi_hop: 'Quy chế phối hợp',
  quy_dinh: 'Quy định',
  quy_trinh: 'Quy trình',
  quyet_dinh: 'Quyết định',
  nghi_dinh: 'Nghị định',
  thong_tu: 'Thông tư',
  chi_thi: 'Chỉ thị',
  nghi_quyet: 'Nghị quyết',
  ke_hoach: 'Kế hoạch',
  huong_dan: 'Hướng dẫn',
  dieu_le: 'Điều lệ',
  other: 'Văn bản khác',
};
const EN: Record<string, string> = {
  quy_che_lam_viec: 'Working regulation',
  quy_che_phoi_hop: 'Coordination regulation',
  quy_dinh: 'Regulation',
  quy_trinh: 'Procedure',
  quyet_dinh: 'Decision',
  nghi_dinh: 'Decree',
  thong_tu: 'Circular',
  chi_thi: 'Directive',
  nghi_quyet: 'Resolution',
  ke_hoach: 'Plan',
  huong_dan: 'Guidance',
  dieu_le: 'Charter',
  other: 'Other',
};

export function docTypeLabel(id: string | null, lang: 'vi' | 'en'): string {
  if (!id) return '—';
  return (lang === 'vi' ? VI : EN)[id] ?? id;
}
