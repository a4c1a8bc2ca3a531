/** The queue's second view: the selected finding's document, its findings highlighted. */
import { useT } from '../../i18n/i18n.tsx';
import type { FindingsReview } from '../../hooks/useFindingsReview.ts';
import { useFindingsInDocument } from '../../hooks/useFindingsInDocument.ts';
import { ReaderView } from '../reader/ReaderView.tsx';

export function QueueReader(props: {
  documentId: string | null;
  review: FindingsReview;
  select: (id: string) => void;
}) {
  const { t } = useT();
  const inDoc = useFindingsInDocument(props.documentId);
  if (!props.documentId) return <p className="muted reader-empty">{t('review.noDocument')}</p>;
  if (inDoc.error) {
    return (
      <p className="banner error" role="alert">
        {inDoc.error}
      </p>
    );
  }
  if (!inDoc.doc) return <p className="muted reader-empty">{t('loading')}</p>;
  return (
    <ReaderView
      doc={inDoc.doc}
      marks={inDoc.marks}
      selectedId={props.review.detail?.id ?? null}
      onSelect={props.select}
      selectedPage={props.review.detail?.page ?? null}
      onAddManual={props.review.addManual}
    />
  );
}
