/** Settings › Rules: switch rules off, change severity, see user packs; re-run the analysis. */
import { useEffect, useState } from 'react';
import type { RulesViewT } from '../../shared/ipc/rules.ts';
import { call } from '../api/client.ts';
import { useJob } from '../hooks/useJob.ts';
import { useT } from '../i18n/i18n.tsx';
import { ProgressBar } from './ProgressBar.tsx';

const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;

export function RulesPanel() {
  const { t, lang } = useT();
  const [view, setView] = useState<RulesViewT | null>(null);
  const [error, setError] = useState<string | null>(null);
  // After re-analysis the stale count drops to zero: read the view again.
  const job = useJob(() => void call('rules.list', {}).then(setView));

  useEffect(() => {
    call('rules.list', {}).then(setView, (e: unknown) => setError(String(e)));
  }, []);

  const update = async (
    id: string,
    patch: { enabled?: boolean; severity?: (typeof SEVERITIES)[number] },
  ) => {
    setView(await call('rules.update', { id, ...patch }));
  };

  if (error)
    return (
      <div className="banner error" role="alert">
        {error}
      </div>
    );
  if (!view) return <p className="muted">{t('loading')}</p>;
  const running = job.jobId !== null && job.finished === null;
  return (
    <div className="card rules-panel">
      <h2>{t('rules.title')}</h2>
      <p className="muted small">
        {t('rules.userFolder')} <code>{view.folder}</code> · {t('rules.version')}{' '}
        <code>{view.version}</code>
      </p>
      {view.staleDocuments > 0 && !running && (
        <div className="banner" role="status">
          {t('rules.stale', { n: view.staleDocuments })}
        </div>
      )}
      {view.problems.map((p) => (
        <div key={p} className="banner error" role="alert">
          {p}
        </div>
      ))}
      <div className="row wrap">
        <button
          type="button"
          className="secondary"
          disabled={running}
          onClick={() => void call('analysis.run', {}).then((r) => job.start(r.jobId))}
        >
          {t('rules.reanalyse')}
        </button>
      </div>
      {running && (
        <ProgressBar
          done={job.progress?.done ?? 0}
          total={job.progress?.total ?? 0}
          label={job.progress?.label ?? ''}
          onCancel={job.cancel}
        />
      )}
      <div className="table-scroll">
        <table className="grid compact">
          <thead>
            <tr>
              <th>{t('rules.col.on')}</th>
              <th>{t('rules.col.kind')}</th>
              <th>{t('rules.col.message')}</th>
              <th>{t('rules.col.ref')}</th>
              <th>{t('rules.col.severity')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rules.map((r) => (
              <tr key={r.id} className={r.enabled ? '' : 'off'}>
                <td>
                  <input
                    type="checkbox"
                    checked={r.enabled}
                    aria-label={`${t('rules.col.on')}: ${r.id}`}
                    onChange={(e) => void update(r.id, { enabled: e.target.checked })}
                  />
                </td>
                <td className="nowrap">
                  <code>{r.kind}</code>
                </td>
                <td>
                  {r.message[lang]}
                  <div className="muted small">
                    {r.id} · {t(`rules.source.${r.source}`)}
                  </div>
                </td>
                <td className="nowrap">{r.directiveRef}</td>
                <td>
                  <select
                    value={r.severity}
                    aria-label={`${t('rules.col.severity')}: ${r.id}`}
                    onChange={(e) =>
                      void update(r.id, { severity: e.target.value as (typeof SEVERITIES)[number] })
                    }
                  >
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {t(`severity.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
