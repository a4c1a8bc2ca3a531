/** The exported reports with the hash recorded at export, each checkable in place. */
import { Fragment, useState } from 'react';
import type { ReportEntryT, VerifyResultT } from '../../../shared/ipc/reports.ts';
import { call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { VerifyResult } from './VerifyResult.tsx';

function size(n: number): string {
  return n >= 1048576
    ? `${(n / 1048576).toFixed(1)} MB`
    : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** Local date and time: "29/11/2026 14:05" (vi) or "2026-11-29 14:05" (en). */
function when(iso: string, lang: 'vi' | 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`;
  return lang === 'vi'
    ? `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${time}`
    : `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${time}`;
}

export function ReportList(props: { reports: ReportEntryT[] }) {
  const { t, lang } = useT();
  const [checking, setChecking] = useState<string | null>(null);
  const [results, setResults] = useState<Record<string, VerifyResultT | string>>({});

  async function verify(r: ReportEntryT) {
    setChecking(r.path);
    try {
      const res = await call('reports.verify', { path: r.path });
      setResults((m) => ({ ...m, [r.path]: res }));
    } catch (err) {
      setResults((m) => ({ ...m, [r.path]: err instanceof Error ? err.message : String(err) }));
    } finally {
      setChecking(null);
    }
  }

  if (props.reports.length === 0) return <p className="muted">{t('cases.list.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="grid cases-table">
        <caption className="sr-only">{t('cases.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.col.file')}</th>
            <th scope="col">{t('cases.col.format')}</th>
            <th scope="col">{t('cases.col.created')}</th>
            <th scope="col">{t('cases.col.sha')}</th>
            <th scope="col">{t('cases.col.size')}</th>
            <th scope="col">{t('cases.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {props.reports.map((r) => {
            const res = results[r.path];
            return (
              <Fragment key={r.path}>
                <tr>
                  <td className="cases-file">{r.file}</td>
                  <td>
                    <span className="pill">{r.format.toUpperCase()}</span>
                  </td>
                  <td className="nowrap">{when(r.createdAt, lang)}</td>
                  <td className="mono cases-sha" title={r.sha256}>
                    {r.sha256.slice(0, 16)}…{!r.signed && ` (${t('cases.unsigned')})`}
                  </td>
                  <td className="nowrap">{size(r.size)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary nowrap"
                      disabled={checking === r.path}
                      aria-label={t('cases.verify.actionFor', { file: r.file })}
                      onClick={() => void verify(r)}
                    >
                      {checking === r.path ? t('cases.verify.checking') : t('cases.verify.action')}
                    </button>
                  </td>
                </tr>
                {res !== undefined && (
                  <tr className="cases-result-row">
                    <td colSpan={6}>
                      {typeof res === 'string' ? (
                        <div className="banner error" role="alert">
                          {res}
                        </div>
                      ) : (
                        <VerifyResult result={res} />
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
