/** The small form that turns selected words of a clause into the reviewer's own finding. */
import { useState, type CSSProperties } from 'react';
import type { ClauseRefT } from '../../../shared/ipc/documents.ts';
import { RESP_KINDS } from '../../../shared/model/finding.ts';
import { useT } from '../../i18n/i18n.tsx';
import { KindOptions } from '../findings/KindOptions.tsx';

/** Offsets are within the clause's text, as findings.addManual expects. */
export type ManualTarget = { clause: ClauseRefT; start: number; end: number; quote: string };

export function ManualFindingForm(props: {
  target: ManualTarget;
  style: CSSProperties;
  onAdd: (target: ManualTarget, kind: string, note: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useT();
  const [kind, setKind] = useState<string>(RESP_KINDS[0]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const quote =
    props.target.quote.length > 140 ? `${props.target.quote.slice(0, 140)}…` : props.target.quote;
  return (
    <form
      className="manual-pop"
      role="dialog"
      aria-label={t('review.manual.title')}
      style={props.style}
      onMouseUp={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') props.onClose();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void props.onAdd(props.target, kind, note).then((ok) => {
          setBusy(false);
          if (ok) props.onClose();
        });
      }}
    >
      <p className="manual-title">{t('review.manual.title')}</p>
      <p className="manual-quote">“{quote}”</p>
      <label>
        <span className="label">{t('review.manual.kind')}</span>
        <select value={kind} autoFocus onChange={(e) => setKind(e.target.value)}>
          <KindOptions families={['PROC', 'RESP']} />
        </select>
      </label>
      <label>
        <span className="label">{t('review.manual.note')}</span>
        <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('review.manual.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onClose}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
