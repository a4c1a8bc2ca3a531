/** The workspace's documents as filter choices, with each one's review progress. */
import { useEffect, useMemo, useState } from 'react';
import type { DocumentSummaryT } from '../../shared/ipc/schemas.ts';
import type { ReviewProgressT } from '../../shared/ipc/findings.ts';
import { call, subscribe } from '../api/client.ts';
import type { DocOption } from '../components/findings/FindingFilters.tsx';

export function useFindingsDocuments(progress: ReviewProgressT | null): DocOption[] {
  const [docs, setDocs] = useState<DocumentSummaryT[]>([]);
  useEffect(() => {
    let live = true;
    const load = () =>
      call('documents.list', {}).then(
        (d) => live && setDocs(d),
        (err: unknown) => console.error('[review] documents.list', err),
      );
    void load();
    const off = subscribe('documents.changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return useMemo(() => {
    const by = new Map(progress?.byDocument.map((p) => [p.documentId, p]) ?? []);
    return docs.map((d) => ({
      id: d.id,
      label: d.number ?? d.fileName,
      decided: by.get(d.id)?.decided ?? 0,
      total: by.get(d.id)?.total ?? 0,
    }));
  }, [docs, progress]);
}
