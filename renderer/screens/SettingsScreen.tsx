import { useEffect, useState } from 'react';
import type { AppInfoT, PreferencesT } from '../../shared/ipc/schemas.ts';
import { call } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import type { AppState } from '../hooks/useAppState.ts';
import { WorkspaceOpener } from '../components/WorkspaceOpener.tsx';
import { RulesPanel } from '../components/RulesPanel.tsx';

export function SettingsScreen(props: { state: AppState }) {
  const { t } = useT();
  const { prefs } = props.state;
  const [info, setInfo] = useState<AppInfoT | null>(null);
  const [reviewer, setReviewer] = useState<PreferencesT['reviewer'] | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => void call('app.info', {}).then(setInfo), []);
  useEffect(() => setReviewer(prefs?.reviewer ?? null), [prefs]);
  if (!prefs || !reviewer) return <p className="muted">{t('loading')}</p>;

  const field = (key: keyof PreferencesT['reviewer'], label: string) => (
    <label>
      <span className="label">{label}</span>
      <input
        value={reviewer[key]}
        onChange={(e) => {
          setSaved(false);
          setReviewer({ ...reviewer, [key]: e.target.value });
        }}
      />
    </label>
  );

  return (
    <section className="settings">
      <h1>{t('settings.title')}</h1>
      <div className="card">
        <h2>{t('settings.language')}</h2>
        <div className="segmented" role="radiogroup" aria-label={t('settings.language')}>
          {(['vi', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              role="radio"
              aria-checked={prefs.language === l}
              className={prefs.language === l ? 'active' : ''}
              onClick={() => void props.state.setPrefs({ language: l })}
            >
              {l === 'vi' ? 'Tiếng Việt' : 'English'}
            </button>
          ))}
        </div>
      </div>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void props.state.setPrefs({ reviewer }).then(() => setSaved(true));
        }}
      >
        <h2>{t('settings.reviewer')}</h2>
        <div className="form-grid">
          {field('name', t('settings.reviewer.name'))}
          {field('position', t('settings.reviewer.position'))}
          {field('unit', t('settings.reviewer.unit'))}
        </div>
        <div className="row">
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          {saved && (
            <span className="muted" role="status">
              {t('settings.saved')}
            </span>
          )}
        </div>
      </form>
      <WorkspaceOpener
        initial={props.state.workspace?.path ?? prefs.lastWorkspace ?? ''}
        onOpen={props.state.openWorkspace}
      />
      {props.state.workspace && <RulesPanel />}
      <div className="card">
        <h2>{t('settings.about')}</h2>
        {info && (
          <p className="mono">
            {info.name} {info.version} · Node.js {info.node} · SQLite {info.sqlite} ·{' '}
            {info.platform}
          </p>
        )}
        <p className="muted">{t('settings.offline')}</p>
      </div>
    </section>
  );
}
