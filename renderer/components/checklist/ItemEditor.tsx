/**
 * The reviewer's determination of one item: a status (or the automatic one), the reason when it
 * differs, and for an item that needs revision what to change, who (a named position) and by when.
 * The directive's rules run here as the reviewer types (shared/checklist) and again on save.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { validateDetermination } from '../../../shared/checklist/determination.ts';
import type { ItemViewT, SetItemInputT } from '../../../shared/ipc/checklist.ts';
import type { ItemStatus } from '../../../shared/model/checklist.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate } from '../../format.ts';
import { ITEM_STATUSES, statusKey, todayIso } from './labels.ts';

type Draft = { status: ItemStatus | ''; reason: string; what: string; who: string; by: string };

function initial(item: ItemViewT): Draft {
  const d = item.determination;
  return {
    status: d?.status ?? '',
    reason: d?.reason ?? '',
    what: d?.revision?.what ?? '',
    who: d?.revision?.who ?? '',
    // Typed and shown as dd/mm/yyyy whatever the system locale; stored as yyyy-mm-dd.
    by: d?.revision?.by ? formatDate(d.revision.by, 'vi') : '',
  };
}

export function ItemEditor(props: {
  item: ItemViewT;
  busy: boolean;
  onSave: (input: SetItemInputT) => Promise<string | null>;
}) {
  const { t, lang } = useT();
  const { item } = props;
  const start = useMemo(() => initial(item), [item]);
  const [d, setD] = useState<Draft>(start);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // A save comes back as stored (trimmed, dates normalised): start again from that.
  const stamp = item.determination?.updated.at;
  useEffect(() => {
    setD(initial(item));
    setTried(false);
  }, [stamp]); // only a newly stored determination resets what is typed
  const dirty = JSON.stringify(d) !== JSON.stringify(start);
  const hasRevision = Boolean(d.what.trim() || d.who.trim() || d.by);
  const revision = hasRevision ? { what: d.what, who: d.who, by: d.by } : undefined;
  const { status: effective, issues } = validateDetermination(
    {
      id: item.id,
      automatic: item.automatic.status,
      ...(d.status ? { determination: { status: d.status, reason: d.reason } } : {}),
      ...(revision ? { revision } : {}),
    },
    todayIso(),
  );
  const needsRevision = effective === 'needs_revision';
  const empty = !d.status && !hasRevision;
  const shownIssues = empty ? [] : issues;
  const issue = (field: string) => shownIssues.find((i) => i.field === field)?.message[lang];

  const set = (patch: Partial<Draft>) => {
    setD((x) => ({ ...x, ...patch }));
    setSaved(false);
    setProblem(null);
  };
  const save = async () => {
    setTried(true);
    if (shownIssues.length > 0) {
      // After the render that marks them, bring the first field to fix into view.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const input: SetItemInputT = {
      itemId: item.id,
      status: d.status || null,
      ...(d.status && d.reason.trim() ? { reason: d.reason } : {}),
      revision: needsRevision && revision ? revision : null,
    };
    const err = await props.onSave(input);
    setProblem(err);
    setSaved(err === null);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.ctrlKey) {
      e.preventDefault();
      void save();
    }
  };
  const field = (name: string) => ({
    id: `${id}-${name}`,
    'aria-invalid': tried && issue(name) !== undefined,
    'aria-describedby': issue(name) ? `${id}-${name}-msg` : undefined,
  });
  const msg = (name: string) =>
    issue(name) && (
      <span id={`${id}-${name}-msg`} className={tried ? 'cl-msg cl-msg-on' : 'cl-msg'}>
        {issue(name)}
      </span>
    );

  return (
    <form
      ref={formRef}
      className="cl-editor"
      aria-label={`${t('checklist.editor')} ${item.id}`}
      onKeyDown={onKey}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="cl-f-status">
        <span className="label">{t('checklist.field.status')}</span>
        <select
          {...field('status')}
          value={d.status}
          onChange={(e) => set({ status: e.target.value as Draft['status'] })}
        >
          <option value="">
            {t('checklist.field.automaticOption', { status: t(statusKey(item.automatic.status)) })}
          </option>
          {ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
      </label>
      {d.status && (
        <label>
          <span className="label">{t('checklist.field.reason')}</span>
          <textarea
            {...field('reason')}
            rows={2}
            maxLength={4000}
            value={d.reason}
            onChange={(e) => set({ reason: e.target.value })}
          />
          {msg('reason')}
        </label>
      )}
      {needsRevision && (
        <fieldset
          className="cl-revision"
          aria-describedby={issue('revision') ? `${id}-revision-msg` : undefined}
        >
          <legend>{t('checklist.field.revision')}</legend>
          {msg('revision')}
          <label>
            <span className="label">{t('checklist.field.what')}</span>
            <textarea
              {...field('revision.what')}
              rows={2}
              maxLength={2000}
              value={d.what}
              onChange={(e) => set({ what: e.target.value })}
            />
            {msg('revision.what')}
          </label>
          <div className="cl-revision-row">
            <label className="grow">
              <span className="label">{t('checklist.field.who')}</span>
              <input
                {...field('revision.who')}
                maxLength={300}
                value={d.who}
                onChange={(e) => set({ who: e.target.value })}
              />
              {msg('revision.who')}
            </label>
            <label className="cl-f-by">
              <span className="label">{t('checklist.field.by')}</span>
              <input
                {...field('revision.by')}
                inputMode="numeric"
                maxLength={10}
                value={d.by}
                onChange={(e) => set({ by: e.target.value })}
              />
              {msg('revision.by')}
            </label>
          </div>
        </fieldset>
      )}
      <div className="row cl-editor-actions">
        <button type="submit" className="primary" disabled={props.busy || !dirty}>
          {t('checklist.save')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!dirty}
          onClick={() => {
            setD(start);
            setTried(false);
            setProblem(null);
          }}
        >
          {t('checklist.reset')}
        </button>
        <span className="cl-saved small" role="status">
          {saved && !dirty ? t('checklist.saved', { id: item.id }) : ''}
        </span>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
