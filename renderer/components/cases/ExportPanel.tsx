/** Export buttons (PDF, DOCX, JSON), the report language, progress with cancel, the outcome. */
import { useState } from 'react';
import type { ReportEntryT, ReportFormatT } from '../../../shared/ipc/reports.ts';
import { call } from '../../api/client.ts';
import { useJob } from '../../hooks/useJob.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { ProgressBar } from '../ProgressBar.tsx';

const FORMATS: { format: ReportFormatT; label: MessageKey }[] = [
  { format: 'pdf', label: 'cases.export.pdf' },
  { format: 'docx', label: 'cases.export.docx' },
  { format: 'json', label: 'cases.export.json' },
];

export function ExportPanel(props: { onExported: (e: ReportEntryT) => void }) {
  const { t, lang } = useT();
  const [language, setLanguage] = useState<'vi' | 'en'>(lang);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ReportEntryT | null>(null);
  const job = useJob((f) => {
    if (f.status === 'completed') {
      const entry = f.result as ReportEntryT;
      setDone(entry);
      props.onExported(entry);
    }
  });
  const running = job.jobId !== null && job.finished === null;

  async function start(format: ReportFormatT) {
    setError(null);
    setDone(null);
    try {
      job.start((await call('reports.export', { format, language })).jobId);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <section className="card cases-export" aria-labelledby="cases-export-title">
      <h2 id="cases-export-title">{t('cases.export.title')}</h2>
      <p className="muted small">{t('cases.export.hint')}</p>
      <div className="row wrap">
        {FORMATS.map((f, i) => (
          <button
            key={f.format}
            type="button"
            className={i === 0 ? 'primary' : 'secondary'}
            disabled={running}
            onClick={() => void start(f.format)}
          >
            {t(f.label)}
          </button>
        ))}
        <label className="cases-lang">
          <span className="muted">{t('cases.export.language')}</span>
          <select
            value={language}
            disabled={running}
            onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'vi')}
          >
            <option value="vi">{t('cases.export.vi')}</option>
            <option value="en">{t('cases.export.en')}</option>
          </select>
        </label>
      </div>
      {running && (
        <ProgressBar
          done={job.progress?.done ?? 0}
          total={job.progress?.total ?? 0}
          label={job.progress?.label ?? t('cases.export.starting')}
          onCancel={job.cancel}
        />
      )}
      {done && (
        <p className="cases-done" role="status">
          {t('cases.export.done', { file: done.file })}
        </p>
      )}
      {job.finished?.status === 'cancelled' && (
        <p className="muted" role="status">
          {t('cases.export.cancelled')}
        </p>
      )}
      {job.finished?.status === 'failed' && (
        <div className="banner error" role="alert">
          {job.finished.error?.message}
        </div>
      )}
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
    </section>
  );
}
