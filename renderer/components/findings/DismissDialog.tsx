/**
 * The dismissal reason chooser, inline under the decision buttons: 1/2/3 pick a reason, Enter
 * dismisses, Esc cancels. "Justified by law" asks for the citation before it can be sent.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DismissReason } from '../../../shared/model/finding.ts';
import { useT } from '../../i18n/i18n.tsx';
import { isTypingTarget } from '../../hooks/useFindingsKeys.ts';

const REASONS: readonly DismissReason[] = ['not_applicable', 'false_detection', 'justified_by_law'];

export function DismissDialog(props: {
  initialReason: DismissReason | null;
  initialCitation: string;
  busy: boolean;
  onDismiss: (reason: DismissReason, citation: string) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const [reason, setReason] = useState<DismissReason | null>(props.initialReason);
  const [citation, setCitation] = useState(props.initialCitation);
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const citationRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    formRef.current
      ?.querySelector<HTMLInputElement>('input[type="radio"]:checked, input[type="radio"]')
      ?.focus();
  }, []);

  const choose = (r: DismissReason) => {
    setReason(r);
    setProblem(null);
    if (r === 'justified_by_law') requestAnimationFrame(() => citationRef.current?.focus());
  };

  const submit = () => {
    if (!reason) return setProblem(t('review.needReason'));
    if (reason === 'justified_by_law' && !citation.trim()) {
      citationRef.current?.focus();
      return setProblem(t('review.needCitation'));
    }
    props.onDismiss(reason, reason === 'justified_by_law' ? citation : '');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
      return;
    }
    if (isTypingTarget(e.target)) return;
    const r = REASONS[Number(e.key) - 1];
    if (r && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      choose(r);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form
      ref={formRef}
      className="dismiss-dialog"
      role="dialog"
      aria-labelledby="dismiss-title"
      aria-describedby="dismiss-hint"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset>
        <legend id="dismiss-title">{t('review.dismissTitle')}</legend>
        <p id="dismiss-hint" className="muted small">
          {t('review.dismissHint')}
        </p>
        {REASONS.map((r, i) => (
          <label key={r} className="radio">
            <input
              type="radio"
              name="dismiss-reason"
              value={r}
              checked={reason === r}
              onChange={() => choose(r)}
            />
            <kbd>{i + 1}</kbd>
            <span>{t(`review.reason.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      {reason === 'justified_by_law' && (
        <label>
          <span className="label">{t('review.citation')}</span>
          <input
            ref={citationRef}
            type="text"
            value={citation}
            onChange={(e) => setCitation(e.target.value)}
          />
        </label>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={props.busy}>
          {t('review.dismissConfirm')} <kbd className="on-primary">Enter</kbd>
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('review.cancel')} <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
