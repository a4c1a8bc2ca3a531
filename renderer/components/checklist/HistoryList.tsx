/** Who did what to the checklist, newest first, across versions. */
import type { HistoryEntryT } from '../../../shared/ipc/checklist.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatWhen } from '../findings/labels.ts';
import { personText, statusKey } from './labels.ts';

export function HistoryList(props: { history: HistoryEntryT[] }) {
  const { t, lang } = useT();
  return (
    <section className="cl-history" aria-labelledby="cl-history-title">
      <h2 id="cl-history-title">{t('checklist.history')}</h2>
      {props.history.length === 0 ? (
        <p className="muted small">{t('checklist.historyEmpty')}</p>
      ) : (
        <ol>
          {props.history.map((h) => (
            <li key={h.id} className={`cl-ev cl-ev-${h.action}`}>
              <span className="cl-ev-when muted">{formatWhen(h.at, lang)}</span>
              <span className="cl-ev-ver muted">
                {t('checklist.eventVersion', { v: h.version })}
              </span>
              <span>
                <strong>{personText(h.by)}</strong>{' '}
                {t(`checklist.event.${h.action}`, { item: h.itemId ?? '' })}
                {h.itemStatus && <span className="muted"> → {t(statusKey(h.itemStatus))}</span>}
                {h.action !== 'edit' && h.comment && <q className="cl-ev-comment">{h.comment}</q>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
