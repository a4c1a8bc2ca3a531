import { useT } from '../i18n/i18n.tsx';

export function ProgressBar(props: {
  done: number;
  total: number;
  label: string;
  onCancel?: () => void;
}) {
  const { t } = useT();
  const pct = props.total > 0 ? Math.min(100, Math.round((props.done / props.total) * 100)) : 0;
  return (
    <div className="progress-row">
      <div
        className="progress grow"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.done}
        aria-label={props.label}
      >
        <div style={{ width: `${pct}%` }} />
      </div>
      <span className="muted nowrap">
        {props.done}/{props.total} {props.label}
      </span>
      {props.onCancel && (
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
