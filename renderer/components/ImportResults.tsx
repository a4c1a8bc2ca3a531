import type { ImportResultT } from '../../shared/ipc/documents.ts';
import { useT } from '../i18n/i18n.tsx';

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

export function ImportResults(props: { results: ImportResultT[] }) {
  const { t } = useT();
  const count = (s: ImportResultT['status']) => props.results.filter((r) => r.status === s).length;
  return (
    <div className="import-results">
      <p role="status">
        {t('import.summary', {
          imported: count('imported'),
          duplicate: count('duplicate'),
          error: count('error'),
        })}
      </p>
      <ul>
        {props.results.map((r) => (
          <li key={r.file} className={`result ${r.status}`}>
            <span className="badge">{t(`import.status.${r.status}`)}</span>
            <span className="file" title={r.file}>
              {baseName(r.file)}
            </span>
            {r.status === 'error' && (
              <span className="why">
                {r.message} <code>{r.code}</code>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
