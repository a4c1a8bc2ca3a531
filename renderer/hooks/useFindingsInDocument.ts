/** A document for the reader with its findings as highlight ranges, kept current on every change. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetailT } from '../../shared/ipc/documents.ts';
import type { FindingDetailT, FindingRowT } from '../../shared/ipc/findings.ts';
import { call, subscribe } from '../api/client.ts';
import { marksFromRows, type ReaderMark } from '../components/reader/highlights.ts';

type SpannedRow = FindingRowT & { span: [number, number] };

export type FindingsInDocument = {
  doc: DocumentDetailT | null;
  rows: SpannedRow[];
  marks: ReaderMark[];
  error: string | null;
  /** Puts a decision made here into the rows at once, before the event arrives. */
  patch: (d: FindingDetailT) => void;
};

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useFindingsInDocument(documentId: string | null): FindingsInDocument {
  const [doc, setDoc] = useState<DocumentDetailT | null>(null);
  const [rows, setRows] = useState<SpannedRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const want = useRef(documentId);
  want.current = documentId;

  const loadRows = useCallback((id: string) => {
    call('findings.forClauses', { documentId: id }).then(
      (r) => want.current === id && setRows(r),
      (err: unknown) => want.current === id && setError(message(err)),
    );
  }, []);

  useEffect(() => {
    setDoc(null);
    setRows([]);
    setError(null);
    if (!documentId) return;
    const loadDoc = () =>
      call('documents.get', { id: documentId }).then(
        (d) => want.current === documentId && setDoc(d),
        (err: unknown) => want.current === documentId && setError(message(err)),
      );
    void loadDoc();
    loadRows(documentId);
    const off1 = subscribe('findings.changed', () => loadRows(documentId));
    const off2 = subscribe('documents.changed', () => {
      void loadDoc();
      loadRows(documentId);
    });
    return () => {
      off1();
      off2();
    };
  }, [documentId, loadRows]);

  const patch = useCallback((d: FindingDetailT) => {
    setRows((prev) => prev.map((r) => (r.id === d.id ? { ...r, status: d.status } : r)));
  }, []);

  const marks = useMemo(
    () => (doc && doc.summary.id === documentId ? marksFromRows(rows, doc.clauses) : []),
    [doc, rows, documentId],
  );
  return { doc: doc && doc.summary.id === documentId ? doc : null, rows, marks, error, patch };
}
