import { useEffect, useState } from 'react';
import type { DocumentSummaryT } from '../../shared/ipc/schemas.ts';
import { call, subscribe } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import type { AppState } from '../hooks/useAppState.ts';
import { WorkspaceOpener } from '../components/WorkspaceOpener.tsx';
import { ImportPanel } from '../components/ImportPanel.tsx';
import { DocumentTable } from '../components/DocumentTable.tsx';
import { ReaderScreen } from './ReaderScreen.tsx';

export function LibraryScreen(props: {
  state: AppState;
  documentId: string | null;
  clauseId?: string | null;
}) {
  const { t } = useT();
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
  if (props.documentId) {
    return (
      <ReaderScreen
        documentId={props.documentId}
        clauseId={props.clauseId ?? null}
        onBack={() => (location.hash = '#/library')}
      />
    );
  }
  return (
    <section>
      <h1>{t('library.title')}</h1>
      <ImportPanel />
      {docs === null ? (
        <p className="muted">{t('loading')}</p>
      ) : docs.length === 0 ? (
        <p className="banner">{t('library.empty')}</p>
      ) : (
        <DocumentTable
          docs={docs}
          onOpen={(id) => (location.hash = `#/library/${encodeURIComponent(id)}`)}
        />
      )}
    </section>
  );
}
