/** Title, state, version and who did what when; the tally of results a department head reads first. */
import type { ChecklistViewT } from '../../../shared/ipc/checklist.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatWhen } from '../findings/labels.ts';
import { ITEM_STATUSES, personText, stateKey, statusKey } from './labels.ts';

export function ChecklistHeader(props: {
  view: ChecklistViewT;
  onVersion: (version: number | null) => void;
}) {
  const { t, lang } = useT();
  const v = props.view;
  const when = (iso: string) => formatWhen(iso, lang);
  const stamps: string[] = [];
  if (v.created)
    stamps.push(
      t('checklist.created', { who: personText(v.created.by), when: when(v.created.at) }),
    );
  else stamps.push(t('checklist.notSaved'));
  if (v.submitted)
    stamps.push(
      t('checklist.submittedBy', { who: personText(v.submitted.by), when: when(v.submitted.at) }),
    );
  if (v.decided)
    stamps.push(
      t(v.state === 'approved' ? 'checklist.approvedBy' : 'checklist.returnedBy', {
        who: personText(v.decided.by),
        when: when(v.decided.at),
      }),
    );
  const counts = ITEM_STATUSES.map(
    (s) => [s, v.items.filter((i) => i.effective === s).length] as const,
  );
  const versions = Array.from({ length: v.latestVersion }, (_, i) => v.latestVersion - i);
  const assessed = t(
    v.submitted && v.state !== 'returned' ? 'checklist.assessedSubmitted' : 'checklist.assessedOn',
    {
      n: v.documentCount,
      when: when(v.assessedAt),
    },
  );

  return (
    <header className="cl-head">
      <div className="cl-title-row">
        <h1 id="cl-title">{t('checklist.title')}</h1>
        <span
          className={`cl-state cl-state-${v.state}`}
          aria-label={`${t('checklist.stateLabel')}: ${t(stateKey(v.state))}`}
        >
          {t(stateKey(v.state))}
        </span>
        {v.latestVersion > 1 ? (
          <label className="cl-version">
            <span className="sr-only">{t('checklist.version')}</span>
            <select
              value={v.version}
              onChange={(e) => {
                const n = Number(e.target.value);
                props.onVersion(n === v.latestVersion ? null : n);
              }}
            >
              {versions.map((n) => (
                <option key={n} value={n}>
                  {t(n === v.latestVersion ? 'checklist.versionOf' : 'checklist.versionOld', {
                    v: n,
                  })}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="cl-version muted">{t('checklist.versionOf', { v: v.version })}</span>
        )}
      </div>
      <p className="cl-stamps muted small">{stamps.join(' · ')}</p>
      <div className="cl-tally" role="group" aria-label={t('checklist.summary')}>
        {counts.map(([s, n]) => (
          <span key={s} className={`cl-count cl-${s}`}>
            <strong>{n}</strong> {t(statusKey(s))}
          </span>
        ))}
        <span className="muted small cl-assessed">{assessed}</span>
      </div>
    </header>
  );
}
