import { useEffect, useState } from 'react';
import type { DocumentSummaryT } from '../../shared/ipc/schemas.ts';
import { call, subscribe } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/vi.ts';
import type { AppState } from '../hooks/useAppState.ts';
import { WorkspaceOpener } from '../components/WorkspaceOpener.tsx';
import { formatDate } from '../format.ts';

export function LibraryScreen(props: { state: AppState }) {
  const { t, lang } = useT();
  const { workspace, prefs } = props.state;
  const [docs, setDocs] = useState<DocumentSummaryT[] | null>(null);

  useEffect(() => {
    if (!workspace) return;
    const load = () => void call('documents.list', {}).then(setDocs);
    load();
    return subscribe('documents.changed', load);
  }, [workspace]);

  if (!workspace) {
    return (
      <section>
        <h1>{t('library.title')}</h1>
        <WorkspaceOpener initial={prefs?.lastWorkspace ?? ''} onOpen={props.state.openWorkspace} />
      </section>
    );
  }
  return (
    <section>
      <h1>{t('library.title')}</h1>
      {docs === null ? (
        <p className="muted">{t('loading')}</p>
      ) : docs.length === 0 ? (
        <p className="banner">{t('library.empty')}</p>
      ) : (
        <table className="grid">
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
            {docs.map((d) => (
              <tr key={d.id}>
                <td className="nowrap">{d.number ?? '—'}</td>
                <td>{d.docType ?? '—'}</td>
                <td>{d.issuer ?? '—'}</td>
                <td className="nowrap">{formatDate(d.issuedDate, lang)}</td>
                <td>{d.title ?? d.fileName}</td>
                <td>{t(`status.${d.status}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
