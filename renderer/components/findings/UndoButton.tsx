import { useT } from '../../i18n/i18n.tsx';

/** Reverts the last decision (also u / Ctrl+Z on the review screens). */
export function UndoButton(props: { busy: boolean; onUndo: () => Promise<unknown> }) {
  const { t } = useT();
  return (
    <button
      type="button"
      className="secondary"
      aria-label={t('review.undoLabel')}
      title={t('review.undoLabel')}
      disabled={props.busy}
      onClick={() => void props.onUndo()}
    >
      ↶ {t('review.undo')}
    </button>
  );
}
