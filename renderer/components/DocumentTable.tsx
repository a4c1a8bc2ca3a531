import type { DocumentSummaryT } from '../../shared/ipc/schemas.ts';
import { useT } from '../i18n/i18n.tsx';
import { formatDate } from '../format.ts';
import { docTypeLabel } from '../docTypes.ts';

export function DocumentTable(props: { docs: DocumentSummaryT[]; onOpen: (id: string) => void }) {
  const { t, lang } = useT();
  return (
    <table className="grid documents">
      <colgroup>
        <col className="c-number" />
        <col className="c-type" />
        <col className="c-issuer" />
        <col className="c-date" />
        <col />
        <col className="c-status" />
      </colgroup>
      <thead>
        <tr>
          <th>{t('library.col.number')}</th>
          <th>{t('library.col.type')}</th>
          <th>{t('library.col.issuer')}</th>
          <th>{t('library.col.date')}</th>
          <th>{t('library.col.title')}</th>
          <th>{t('library.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {props.docs.map((d) => (
          <tr key={d.id} className="clickable" onClick={() => props.onOpen(d.id)}>
            <td className="nowrap">
              <a
                href={`#/library/${encodeURIComponent(d.id)}`}
                onClick={(e) => e.stopPropagation()}
              >
                {d.number ?? d.fileName}
              </a>
            </td>
            <td className="nowrap">{docTypeLabel(d.docType, lang)}</td>
            <td>{d.issuer ?? '—'}</td>
            <td className="nowrap">{formatDate(d.issuedDate, lang)}</td>
            <td>
              {d.title ?? d.fileName}
              <div className="muted small">{t('library.clauses', { n: d.clauseCount })}</div>
            </td>
            <td className="nowrap">{t(`status.${d.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
