import { useT } from '../i18n/i18n.tsx';
import { SCREENS, SCREEN_LABEL, type Screen } from '../routes.ts';

export function Sidebar(props: { current: Screen; onGo: (s: Screen) => void }) {
  const { t } = useT();
  return (
    <nav className="sidebar" aria-label={t('nav.main')}>
      <div className="brand">
        <div className="brand-name">{t('app.name')}</div>
        <div className="brand-tagline">{t('app.tagline')}</div>
      </div>
      <ul>
        {SCREENS.map((s, i) => (
          <li key={s}>
            <button
              type="button"
              className={s === props.current ? 'nav-item active' : 'nav-item'}
              aria-current={s === props.current ? 'page' : undefined}
              onClick={() => props.onGo(s)}
              title={`Ctrl+${i + 1}`}
            >
              <span>{t(SCREEN_LABEL[s])}</span>
              <kbd>{i + 1}</kbd>
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-foot">{t('shortcuts.hint')}</div>
    </nav>
  );
}
