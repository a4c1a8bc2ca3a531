/**
 * One document from the library: metadata on top; the structure tree, the text with its findings
 * highlighted (or the original PDF) and the selected finding's details side by side. The review
 * keyboard works here too, over this document's findings.
 */
import { UndoButton } from '../components/findings/UndoButton.tsx';
import { useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { MetadataPanel } from '../components/MetadataPanel.tsx';
import { ReaderView } from '../components/reader/ReaderView.tsx';
import { FindingDetailPane } from '../components/findings/FindingDetailPane.tsx';
import { ProgressSummary } from '../components/findings/ProgressSummary.tsx';
import { ReviewNotice } from '../components/findings/ReviewNotice.tsx';
import { useFindingsInDocument } from '../hooks/useFindingsInDocument.ts';
import { useFindingsProgress } from '../hooks/useFindingsProgress.ts';
import { useFindingsReview } from '../hooks/useFindingsReview.ts';

export function ReaderScreen(props: {
  documentId: string;
  clauseId?: string | null;
  onBack: () => void;
}) {
  const { t } = useT();
  const inDoc = useFindingsInDocument(props.documentId);
  const progress = useFindingsProgress(true);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const review = useFindingsReview({
    rows: inDoc.rows,
    selectedId,
    select: setSelectedId,
    onChanged: inDoc.patch,
    keys: {},
    enabled: inDoc.doc !== null,
  });
  const doc = inDoc.doc;

  if (inDoc.error) {
    return (
      <div className="banner error" role="alert">
        {inDoc.error}
      </div>
    );
  }
  if (!doc) return <p className="muted">{t('loading')}</p>;
  return (
    <section className="reader review-reader">
      <div className="reader-head">
        <button type="button" className="ghost" onClick={props.onBack}>
          ← {t('common.back')}
        </button>
        <MetadataPanel doc={doc} />
        <ProgressSummary progress={progress} documentId={doc.summary.id} />
        <UndoButton busy={review.decisions.busy} onUndo={review.decisions.undo} />
      </div>
      <ReviewNotice notice={review.notice} />
      <div className="review-body reader-layout">
        <ReaderView
          doc={doc}
          marks={inDoc.marks}
          selectedId={selectedId}
          onSelect={setSelectedId}
          selectedPage={review.detail?.page ?? null}
          onAddManual={review.addManual}
          focusClauseId={props.clauseId ?? null}
        />
        <FindingDetailPane review={review} />
      </div>
    </section>
  );
}
