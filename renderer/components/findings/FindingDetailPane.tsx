/**
 * The selected finding: what was found and why, the directive reference, the suggested rewrite,
 * the decision buttons with who decided and when, the note. Beside the queue and the reader.
 */
import { useT } from '../../i18n/i18n.tsx';
import type { FindingsReview } from '../../hooks/useFindingsReview.ts';
import { KindChip, StatusMark } from './KindChip.tsx';
import { ClauseQuote } from './ClauseQuote.tsx';
import { DismissDialog } from './DismissDialog.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import { SuggestionEditor } from './SuggestionEditor.tsx';
import { DecisionInfo } from './DecisionInfo.tsx';

export function FindingDetailPane(props: { review: FindingsReview; onOpenInText?: () => void }) {
  const { t, lang } = useT();
  const { shown: d, decisions, dismissing } = props.review;
  if (!d) {
    return (
      <aside className="fdetail empty" aria-label={t('review.detail')}>
        {props.review.detailError ? (
          <p className="banner error" role="alert">
            {props.review.detailError}
          </p>
        ) : (
          <p className="muted">{t('review.selectHint')}</p>
        )}
      </aside>
    );
  }
  const stale = props.review.detail === null;
  return (
    <aside
      className={`fdetail fam-${d.family.toLowerCase()}${stale ? ' stale' : ''}`}
      aria-label={t('review.detail')}
      aria-busy={stale}
    >
      <div className="fdetail-head">
        <KindChip kind={d.kind} family={d.family} />
        <span className={`sev sev-${d.severity}`}>{t(`review.severity.${d.severity}`)}</span>
        <span className={`status-pill st-${d.status}`}>
          <StatusMark status={d.status} /> {t(`review.status.${d.status}`)}
        </span>
      </div>
      <h2 className="fdetail-title">{d.message[lang]}</h2>
      <p className="fdetail-where">
        {t('review.clauseOf', { clause: d.clauseLabel || '—', doc: d.docLabel })}
        {d.page !== null && (
          <span className="muted"> · {t('review.reader.page', { n: d.page })}</span>
        )}
        {props.onOpenInText && (
          <button type="button" className="linkish" onClick={props.onOpenInText}>
            {t('review.openInText')}
          </button>
        )}
      </p>

      <div className="decision-bar" role="group" aria-label={t('review.decision')}>
        <button
          type="button"
          className={`decide confirm${d.status === 'confirmed' ? ' on' : ''}`}
          aria-label={t('review.confirmLabel')}
          aria-pressed={d.status === 'confirmed'}
          disabled={stale}
          onClick={props.review.confirm}
        >
          ✓ {t('review.confirm')} <kbd>C</kbd>
        </button>
        <button
          type="button"
          className={`decide dismiss${d.status === 'dismissed' ? ' on' : ''}`}
          aria-label={t('review.dismissLabel')}
          aria-pressed={d.status === 'dismissed'}
          aria-expanded={dismissing}
          disabled={stale}
          onClick={() => props.review.setDismissing(!dismissing)}
        >
          ✕ {t('review.dismiss')} <kbd>D</kbd>
        </button>
        {d.status !== 'open' && (
          <button
            type="button"
            className="decide reopen"
            aria-label={t('review.reopenLabel')}
            disabled={stale}
            onClick={() => void decisions.reopen(d.id)}
          >
            {t('review.reopen')}
          </button>
        )}
      </div>
      {decisions.error && (
        <p className="banner error" role="alert">
          {decisions.error}
        </p>
      )}
      {dismissing && !stale && (
        <DismissDialog
          initialReason={d.reason}
          initialCitation={d.citation ?? ''}
          busy={decisions.busy}
          onDismiss={props.review.dismiss}
          onCancel={() => props.review.setDismissing(false)}
        />
      )}
      <DecisionInfo detail={d} />

      <h3>{t('review.clause')}</h3>
      {d.clauseId ? <ClauseQuote detail={d} /> : <p className="muted">{t('review.docFinding')}</p>}

      <h3>{t('review.why')}</h3>
      {d.explanation[lang] && <p>{d.explanation[lang]}</p>}
      <p className="directive-ref">{t('review.directiveRef', { ref: d.directiveRef })}</p>

      <h3>{t('review.suggestion')}</h3>
      <SuggestionEditor
        detail={d}
        busy={decisions.busy}
        onSave={(s) => decisions.saveSuggestion(d, s)}
      />

      <h3>{t('review.note')}</h3>
      <NoteEditor
        findingId={d.id}
        note={d.note ?? ''}
        busy={decisions.busy}
        onSave={(n) => decisions.saveNote(d, n)}
        noteRef={props.review.noteRef}
        onLeave={props.review.goHome}
      />
    </aside>
  );
}
