/** Screens of the app shell, in navigation order; the hash keeps the screen across reloads. */
import type { MessageKey } from './i18n/i18n.tsx';

export const SCREENS = ['library', 'search', 'findings', 'checklist', 'cases', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export const SCREEN_LABEL: Record<Screen, MessageKey> = {
  library: 'nav.library',
  search: 'nav.search',
  findings: 'nav.findings',
  checklist: 'nav.checklist',
  cases: 'nav.cases',
  settings: 'nav.settings',
};

export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'library';
}

/** The segment after the screen: "#/library/<documentId>" → "<documentId>". */
export function routeParam(hash: string): string | null {
  const parts = hash.replace(/^#\/?/, '').split('/');
  return parts[1] ? decodeURIComponent(parts[1]) : null;
}

/** The second segment: "#/library/<documentId>/<clauseId>" → "<clauseId>". */
export function routeParam2(hash: string): string | null {
  const parts = hash.replace(/^#\/?/, '').split('/');
  return parts[2] ? decodeURIComponent(parts[2]) : null;
}

/** The reader at one clause of one document. */
export function clauseHref(documentId: string, clauseId: string): string {
  return `#/library/${encodeURIComponent(documentId)}/${encodeURIComponent(clauseId)}`;
}
