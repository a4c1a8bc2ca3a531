/** Screens of the app shell, in navigation order; the hash keeps the screen across reloads. */
import type { MessageKey } from './i18n/vi.ts';

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
