/**
 * The one place a decision is taken: submit (the legal officer), approve or return with comments
 * (the department head), or start a new version of an approved checklist. Buttons that cannot act
 * say why beside them.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ChecklistViewT, TransitionInputT } from '../../../shared/ipc/checklist.ts';
import { useT } from '../../i18n/i18n.tsx';
import { personText } from './labels.ts';

type Mode = 'approve' | 'return';

export function DecisionPanel(props: {
  view: ChecklistViewT;
  readOnlyVersion: boolean;
  busy: boolean;
  onTransition: (input: TransitionInputT) => Promise<string | null>;
  onLatest: () => void;
}) {
  const { t, lang } = useT();
  const v = props.view;
  const [mode, setMode] = useState<Mode | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (mode) box.current?.focus();
  }, [mode]);
  useEffect(() => setMode(null), [v.state, v.version]);

  const act = async (input: TransitionInputT) => {
    setProblem(null);
    setDone(null);
    const err = await props.onTransition(input);
    if (err) return setProblem(err);
    setMode(null);
    setComment('');
    const version = input.action === 'new_version' ? v.version + 1 : v.version;
    setDone(t(`checklist.done.${input.action}`, { v: version }));
  };
  const confirm = () => {
    if (!mode) return;
    if (mode === 'return' && !comment.trim()) {
      box.current?.focus();
      return setProblem(t('checklist.needComment'));
    }
    void act({ action: mode, ...(comment.trim() ? { comment } : {}) });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setMode(null);
      setProblem(null);
    } else if (e.key === 'Enter' && e.ctrlKey) {
      e.preventDefault();
      confirm();
    }
  };

  if (props.readOnlyVersion) {
    return (
      <div className="cl-panel" role="region" aria-label={t('checklist.actions')}>
        <span>{t('checklist.oldVersion')}</span>
        <button type="button" className="secondary" onClick={props.onLatest}>
          {t('checklist.latest')}
        </button>
      </div>
    );
  }

  const editable = v.state === 'draft' || v.state === 'returned';
  const canDecide = v.state === 'submitted' && v.actor !== null && !v.actorIsSubmitter;
  const blocked = editable && v.blockers.length > 0;
  return (
    <div className="cl-panel" role="region" aria-label={t('checklist.actions')}>
      <div className="cl-panel-row">
        <div className="cl-actor small">
          {v.actor ? (
            t('checklist.actor', { who: personText(v.actor) })
          ) : (
            <strong className="cl-warn">{t('checklist.actorNone')}</strong>
          )}{' '}
          <a href="#/settings">{t('checklist.changeActor')}</a>
        </div>
        <div className="cl-buttons">
          {editable && (
            <button
              type="button"
              className="primary"
              disabled={props.busy || blocked}
              aria-describedby={blocked ? 'cl-why' : undefined}
              onClick={() => void act({ action: 'submit' })}
            >
              {t('checklist.submit')}
            </button>
          )}
          {v.state === 'submitted' && (
            <>
              <button
                type="button"
                className="primary"
                disabled={props.busy || !canDecide}
                aria-describedby={canDecide ? undefined : 'cl-why'}
                aria-expanded={mode === 'approve'}
                onClick={() => setMode('approve')}
              >
                {t('checklist.approve')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={props.busy || !canDecide}
                aria-describedby={canDecide ? undefined : 'cl-why'}
                aria-expanded={mode === 'return'}
                onClick={() => setMode('return')}
              >
                {t('checklist.return')}
              </button>
            </>
          )}
          {v.state === 'approved' && (
            <button
              type="button"
              className="secondary"
              disabled={props.busy}
              onClick={() => void act({ action: 'new_version' })}
            >
              {t('checklist.newVersion')}
            </button>
          )}
        </div>
      </div>
      <div id="cl-why" className="cl-why small">
        {blocked && (
          <>
            <span>{t('checklist.blockers')}</span>
            <ul>
              {v.blockers.map((b) => (
                <li key={b.vi}>{b[lang]}</li>
              ))}
            </ul>
          </>
        )}
        {v.state === 'submitted' && v.actorIsSubmitter && (
          <span>{t('checklist.selfApproval')}</span>
        )}
        {v.state === 'submitted' && !v.actorIsSubmitter && !mode && (
          <span className="muted">{t('checklist.waiting')}</span>
        )}
        {v.state === 'approved' && <span className="muted">{t('checklist.frozen')}</span>}
      </div>
      {mode && (
        <form
          className="cl-decide"
          role="dialog"
          aria-labelledby="cl-decide-title"
          onKeyDown={onKey}
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <strong id="cl-decide-title">
            {t(`checklist.decisionTitle.${mode}`, { v: v.version })}
          </strong>
          <label>
            <span className="label">{t(`checklist.comment.${mode}`)}</span>
            <textarea
              ref={box}
              rows={3}
              value={comment}
              maxLength={4000}
              aria-invalid={mode === 'return' && problem !== null && !comment.trim()}
              onChange={(e) => setComment(e.target.value)}
            />
          </label>
          {mode === 'approve' && <p className="muted small">{t('checklist.approveNote')}</p>}
          <div className="row">
            <button type="submit" className="primary" disabled={props.busy}>
              {t(`checklist.confirm.${mode}`)}
            </button>
            <button type="button" className="secondary" onClick={() => setMode(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <p className="cl-done small" role="status">
        {done}
      </p>
    </div>
  );
}
