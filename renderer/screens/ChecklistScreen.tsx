/**
 * The section 2.2 checklist on one page: state and tally on top, the decision beside who acts,
 * the twelve items (each opening to its evidence and determination), the history below.
 */
import { useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { ChecklistHeader } from '../components/checklist/ChecklistHeader.tsx';
import { ChecklistTable } from '../components/checklist/ChecklistTable.tsx';
import { DecisionPanel } from '../components/checklist/DecisionPanel.tsx';
import { HistoryList } from '../components/checklist/HistoryList.tsx';
import { personText } from '../components/checklist/labels.ts';
import { useChecklist } from '../components/checklist/useChecklist.ts';

export function ChecklistScreen(props: { hasWorkspace: boolean }) {
  const { t } = useT();
  if (!props.hasWorkspace) {
    return (
      <section>
        <h1>{t('checklist.title')}</h1>
        <p className="lead">{t('checklist.intro')}</p>
        <p className="banner">{t('needsWorkspace')}</p>
      </section>
    );
  }
  return <Checklist />;
}

function Checklist() {
  const { t } = useT();
  const [version, setVersion] = useState<number | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const cl = useChecklist(version);
  const v = cl.view;
  if (!v) {
    return cl.error ? (
      <p className="banner error" role="alert">
        {cl.error}
      </p>
    ) : (
      <p className="muted">{t('loading')}</p>
    );
  }
  const old = v.version !== v.latestVersion;
  const editable = !old && (v.state === 'draft' || v.state === 'returned');
  const drift = v.items.filter((i) => i.liveStatus !== null).map((i) => i.id);
  return (
    <section className="checklist" aria-labelledby="cl-title">
      <ChecklistHeader view={v} onVersion={setVersion} />
      {v.decided?.comment && (
        <div
          className={v.state === 'returned' ? 'banner cl-comment returned' : 'banner cl-comment'}
        >
          <strong>
            {t(v.state === 'returned' ? 'checklist.returnComment' : 'checklist.approveComment', {
              who: personText(v.decided.by),
            })}
          </strong>{' '}
          {v.decided.comment}
        </div>
      )}
      {drift.length > 0 && (
        <p className="banner cl-drift">{t('checklist.drift', { items: drift.join(', ') })}</p>
      )}
      {cl.error && (
        <p className="banner error" role="alert">
          {cl.error}
        </p>
      )}
      <DecisionPanel
        view={v}
        readOnlyVersion={old}
        busy={cl.busy}
        onTransition={async (input) => {
          const err = await cl.transition(input);
          if (!err) setVersion(null);
          return err;
        }}
        onLatest={() => setVersion(null)}
      />
      <ChecklistTable
        view={v}
        editable={editable}
        busy={cl.busy}
        open={open}
        onOpen={setOpen}
        onSave={cl.setItem}
      />
      <HistoryList history={v.history} />
    </section>
  );
}
