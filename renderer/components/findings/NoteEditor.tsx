/** The reviewer's note on a finding: "n" focuses it, Ctrl+Enter saves, Esc leaves it. */
import { useEffect, useState, type RefObject } from 'react';
import { useT } from '../../i18n/i18n.tsx';

export function NoteEditor(props: {
  findingId: string;
  note: string;
  busy: boolean;
  onSave: (note: string) => Promise<boolean>;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  onLeave: () => void;
}) {
  const { t } = useT();
  const [draft, setDraft] = useState(props.note);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setDraft(props.note);
    setSaved(false);
  }, [props.findingId, props.note]);
  const dirty = draft !== props.note;
  const save = async () => {
    if (dirty && (await props.onSave(draft))) setSaved(true);
  };
  return (
    <div className="note-editor">
      <label>
        <span className="label">{t('review.noteLabel')}</span>
        <textarea
          ref={props.noteRef}
          rows={2}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setSaved(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              props.onLeave();
            }
          }}
        />
      </label>
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={!dirty || props.busy}
          onClick={() => void save()}
        >
          {t('review.saveNote')} <kbd>Ctrl+Enter</kbd>
        </button>
        {saved && !dirty && (
          <span className="muted small" role="status">
            {t('review.saved')}
          </span>
        )}
      </div>
    </div>
  );
}
