import type { DocumentDetailT } from '../../shared/ipc/documents.ts';
import { useT } from '../i18n/i18n.tsx';
import { formatDate } from '../format.ts';
import { docTypeLabel } from '../docTypes.ts';

export function MetadataPanel(props: { doc: DocumentDetailT }) {
  const { t, lang } = useT();
  const m = props.doc.metadata;
  return (
    <div className="meta">
      <div className="meta-line">
        <strong>{m.number ?? '—'}</strong>
        <span>{docTypeLabel(m.docType ?? null, lang)}</span>
        <span>{m.issuer ?? ''}</span>
        <span>{formatDate(m.issuedDate ?? null, lang)}</span>
        <span className="pill">{t('reader.version', { v: props.doc.summary.version })}</span>
      </div>
      {m.title && <p className="meta-title">{m.title}</p>}
      <details>
        <summary>{t('reader.metadata')}</summary>
        {m.signer && (
          <p>
            {t('reader.signer')}: {m.signerTitle ? `${m.signerTitle} ` : ''}
            {m.signer}
          </p>
        )}
        {m.effective && <p>{m.effective}</p>}
        {m.bases.length > 0 && (
          <>
            <h3>{t('reader.bases')}</h3>
            <ul className="bases">
              {m.bases.map((b, i) => (
                <li key={i}>{b.text}</li>
              ))}
            </ul>
          </>
        )}
        {props.doc.warnings.length > 0 && (
          <>
            <h3>{t('reader.warnings')}</h3>
            <ul>
              {props.doc.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </>
        )}
      </details>
    </div>
  );
}
