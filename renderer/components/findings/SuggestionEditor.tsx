/** The suggested rewrite: the rule's text, or the reviewer's edited version with the original kept. */
import { useEffect, useState } from 'react';
import type { FindingDetailT } from '../../../shared/ipc/findings.ts';
import { useT } from '../../i18n/i18n.tsx';

export function SuggestionEditor(props: {
  detail: FindingDetailT;
  busy: boolean;
  onSave: (text: string) => Promise<boolean>;
}) {
  const { t, lang } = useT();
  const d = props.detail;
  const original = d.suggestion ? d.suggestion[lang] : null;
  const current = d.editedSuggestion ?? original ?? '';
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(current);
  useEffect(() => {
    setEditing(false);
    setDraft(current);
  }, [d.id, current]);

  if (editing) {
    return (
      <div className="suggestion-editor">
        <label>
          <span className="label">{t('review.suggestion')}</span>
          <textarea
            rows={4}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setEditing(false);
              } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void props.onSave(draft).then((ok) => ok && setEditing(false));
              }
            }}
          />
        </label>
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={props.busy || draft.trim() === current.trim()}
            onClick={() => void props.onSave(draft).then((ok) => ok && setEditing(false))}
          >
            {t('review.saveSuggestion')}
          </button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            {t('review.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="suggestion">
      {d.editedSuggestion ? (
        <>
          <p className="suggestion-text">
            <span className="pill">{t('review.suggestionEdited')}</span> {d.editedSuggestion}
          </p>
          {original && (
            <details className="small">
              <summary>{t('review.suggestionOriginal')}</summary>
              <p>{original}</p>
            </details>
          )}
        </>
      ) : original ? (
        <p className="suggestion-text">{original}</p>
      ) : (
        <p className="muted">{t('review.suggestionNone')}</p>
      )}
      <button type="button" className="linkish" onClick={() => setEditing(true)}>
        {t('review.editSuggestion')}
      </button>
    </div>
  );
}
