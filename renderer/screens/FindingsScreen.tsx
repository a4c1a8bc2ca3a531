/**
 * The review workspace: filters and progress on top; the queue (or the document of the selected
 * finding) beside the selected finding's details. Where the reviewer was is saved as they go.
 */
import { UndoButton } from '../components/findings/UndoButton.tsx';
import { useCallback, useMemo, useRef } from 'react';
import { useT } from '../i18n/i18n.tsx';
import type { AppState } from '../hooks/useAppState.ts';
import {
  backendFilter,
  useFindingsUiState,
  type QueueFilterT,
} from '../hooks/useFindingsUiState.ts';
import { useFindingsQueue } from '../hooks/useFindingsQueue.ts';
import { useFindingsProgress } from '../hooks/useFindingsProgress.ts';
import { useFindingsDocuments } from '../hooks/useFindingsDocuments.ts';
import { useFindingsReview } from '../hooks/useFindingsReview.ts';
import { FindingFilters } from '../components/findings/FindingFilters.tsx';
import { FindingList } from '../components/findings/FindingList.tsx';
import { FindingDetailPane } from '../components/findings/FindingDetailPane.tsx';
import { ProgressSummary } from '../components/findings/ProgressSummary.tsx';
import { ReviewNotice } from '../components/findings/ReviewNotice.tsx';
import { searchRows } from '../components/findings/search.ts';
import { QueueReader } from '../components/findings/QueueReader.tsx';

const UI_KEY = 'review.queue';

export function FindingsScreen(props: { state: AppState }) {
  const { t } = useT();
  if (!props.state.workspace) {
    return (
      <section>
        <h1>{t('review.title')}</h1>
        <p className="lead">{t('findings.intro')}</p>
        <p className="banner">{t('needsWorkspace')}</p>
      </section>
    );
  }
  return <ReviewWorkspace key={props.state.workspace.path} />;
}

function ReviewWorkspace() {
  const { t } = useT();
  const ui = useFindingsUiState(UI_KEY);
  const state = ui.state;
  const filter = useMemo(() => (state ? backendFilter(state.filter) : null), [state]);
  const queue = useFindingsQueue(filter);
  const progress = useFindingsProgress(true);
  const documents = useFindingsDocuments(progress);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () => (queue.rows ? searchRows(queue.rows, state?.filter.search ?? '') : []),
    [queue.rows, state?.filter.search],
  );
  const { update } = ui;
  const select = useCallback((id: string) => update({ selectedId: id }), [update]);
  const view = state?.view ?? 'queue';
  const toggleView = useCallback(
    () => update({ view: view === 'queue' ? 'reader' : 'queue' }),
    [update, view],
  );
  const review = useFindingsReview({
    rows,
    selectedId: state?.selectedId ?? null,
    select,
    onChanged: queue.patch,
    onRemoved: queue.reload,
    keys: { search: () => searchRef.current?.focus(), toggleView },
    homeRef: listRef,
    enabled: state !== null,
  });

  if (!state || (queue.rows === null && !queue.error))
    return <p className="muted">{t('loading')}</p>;
  const setFilter = (patch: Partial<QueueFilterT>) =>
    update({ filter: { ...state.filter, ...patch }, scrollTop: 0 });
  const documentId =
    review.detail?.documentId ??
    rows.find((r) => r.id === state.selectedId)?.documentId ??
    state.filter.documentId;
  // Per-document progress when the reviewer works inside one document.
  const progressDoc = state.filter.documentId ?? (view === 'reader' ? documentId : null);

  return (
    <section className="review" aria-labelledby="review-title">
      <div className="review-head">
        <h1 id="review-title">{t('review.title')}</h1>
        <ProgressSummary progress={progress} counts={!progressDoc} />
        {progressDoc && <ProgressSummary progress={progress} documentId={progressDoc} />}
        <div className="segmented" role="group" aria-label={t('review.view')}>
          {(['queue', 'reader'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={view === v ? 'active' : ''}
              aria-pressed={view === v}
              onClick={() => update({ view: v })}
            >
              {t(`review.view.${v}`)}
            </button>
          ))}
        </div>
        <UndoButton busy={review.decisions.busy} onUndo={review.decisions.undo} />
      </div>
      <FindingFilters
        filter={state.filter}
        onChange={setFilter}
        documents={documents}
        shown={rows.length}
        total={queue.rows?.length ?? 0}
        searchRef={searchRef}
      />
      {queue.error && (
        <p className="banner error" role="alert">
          {queue.error}
        </p>
      )}
      <ReviewNotice notice={review.notice} />
      <div className={`review-body view-${view}`}>
        {view === 'reader' ? (
          <QueueReader documentId={documentId} review={review} select={select} />
        ) : rows.length === 0 ? (
          <div className="flist empty">
            <p className="muted">{queue.rows?.length ? t('review.noMatch') : t('review.empty')}</p>
          </div>
        ) : (
          <FindingList
            key={JSON.stringify(state.filter)}
            rows={rows}
            selectedId={state.selectedId}
            onSelect={select}
            onOpen={() => update({ view: 'reader' })}
            onMove={review.move}
            initialScrollTop={ui.current()?.scrollTop ?? 0}
            onScroll={(top) => ui.remember({ scrollTop: top })}
            showDoc={documents.length > 1 && !state.filter.documentId}
            listRef={listRef}
          />
        )}
        <FindingDetailPane
          review={review}
          onOpenInText={view === 'queue' ? () => update({ view: 'reader' }) : undefined}
        />
      </div>
      <p className="review-keys muted small" aria-label={t('review.keysLabel')}>
        {t('review.keys')}
      </p>
    </section>
  );
}
