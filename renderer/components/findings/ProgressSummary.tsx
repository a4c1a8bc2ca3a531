import type { ReviewProgressT } from '../../../shared/ipc/findings.ts';
import { useT } from '../../i18n/i18n.tsx';

/** "Đã xem 132/410 phát hiện" with a bar; per document when documentId is given. */
export function ProgressSummary(props: {
  progress: ReviewProgressT | null;
  documentId?: string;
  counts?: boolean;
}) {
  const { t } = useT();
  const p = props.progress;
  if (!p) return null;
  const doc = props.documentId
    ? p.byDocument.find((d) => d.documentId === props.documentId)
    : undefined;
  const done = props.documentId ? (doc?.decided ?? 0) : p.confirmed + p.dismissed;
  const total = props.documentId ? (doc?.total ?? 0) : p.total;
  const label = props.documentId
    ? t('review.progressDoc', { done, total })
    : t('review.progress', { done, total });
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="review-progress">
      <div
        className="progress"
        role="progressbar"
        aria-label={t('review.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={label}
      >
        <div style={{ width: `${pct}%` }} />
      </div>
      <span className="review-progress-text">{label}</span>
      {!props.documentId && props.counts !== false && (
        <span className="muted small">
          {t('review.counts', { confirmed: p.confirmed, dismissed: p.dismissed, open: p.open })}
        </span>
      )}
    </div>
  );
}
