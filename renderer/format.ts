/** Display formats: dd/mm/yyyy in Vietnamese, ISO-like in English. */
export function formatDate(iso: string | null, lang: 'vi' | 'en'): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}
