/** An expanded item: why the software concluded what it did, on what evidence, and the determination. */
import type { ChecklistViewT, ItemViewT, SetItemInputT } from '../../../shared/ipc/checklist.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate } from '../../format.ts';
import { formatWhen } from '../findings/labels.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { ItemEditor } from './ItemEditor.tsx';
import { personText } from './labels.ts';
import { StatusChip } from './StatusChip.tsx';

function Determination(props: { item: ItemViewT }) {
  const { t, lang } = useT();
  const d = props.item.determination;
  if (!d) return <p className="muted">{t('checklist.noDetermination')}</p>;
  return (
    <div className="cl-det-read">
      <p>
        {d.status ? <StatusChip status={d.status} /> : t('checklist.followsAutomatic')}
        {d.reason && <span className="cl-reason"> — {d.reason}</span>}
      </p>
      {d.revision && (
        <p>
          {t('checklist.revisionLine', {
            what: d.revision.what,
            who: d.revision.who,
            by: formatDate(d.revision.by, lang),
          })}
        </p>
      )}
      <p className="muted small">
        {t('checklist.updatedBy', {
          who: personText(d.updated.by),
          when: formatWhen(d.updated.at, lang),
        })}
      </p>
    </div>
  );
}

export function ItemDetail(props: {
  view: ChecklistViewT;
  item: ItemViewT;
  editable: boolean;
  busy: boolean;
  onSave: (input: SetItemInputT) => Promise<string | null>;
}) {
  const { t, lang } = useT();
  const { item } = props;
  const why =
    props.view.state === 'approved'
      ? t('checklist.readOnly.approved')
      : props.view.state === 'submitted'
        ? t('checklist.readOnly.submitted')
        : null;
  return (
    <div className="cl-detail-body">
      <div className="cl-auto">
        <h3>{t('checklist.explanation')}</h3>
        <p>{item.automatic.explanation[lang]}</p>
        {item.liveStatus && (
          <p className="cl-msg cl-msg-on">
            {t('checklist.liveNow', { status: t(`checklist.status.${item.liveStatus}`) })}
          </p>
        )}
        {item.automatic.evidence.length > 0 && (
          <>
            <h3>{t('checklist.evidence')}</h3>
            <EvidenceList
              evidence={item.automatic.evidence}
              label={`${t('checklist.evidence')} ${item.id}`}
            />
          </>
        )}
      </div>
      <div className="cl-det">
        <h3>{t('checklist.editor')}</h3>
        {props.editable ? (
          <ItemEditor key={item.id} item={item} busy={props.busy} onSave={props.onSave} />
        ) : (
          <>
            {why && <p className="muted small">{t('checklist.readOnly', { why })}</p>}
            <Determination item={item} />
          </>
        )}
      </div>
    </div>
  );
}
