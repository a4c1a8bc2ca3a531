import { useT } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/i18n.tsx';
import type { Screen } from '../routes.ts';

const TEXT: Partial<Record<Screen, [MessageKey, MessageKey]>> = {
  findings: ['findings.title', 'findings.intro'],
  checklist: ['checklist.title', 'checklist.intro'],
  cases: ['cases.title', 'cases.intro'],
};

/** Heading and purpose of a screen whose workspace data is not there yet. */
export function IntroScreen(props: { screen: Screen; hasWorkspace: boolean }) {
  const { t } = useT();
  const pair = TEXT[props.screen];
  if (!pair) return null;
  return (
    <section>
      <h1>{t(pair[0])}</h1>
      <p className="lead">{t(pair[1])}</p>
      {!props.hasWorkspace && <p className="banner">{t('needsWorkspace')}</p>}
    </section>
  );
}
