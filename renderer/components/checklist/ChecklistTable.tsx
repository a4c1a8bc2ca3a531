/** The twelve items as one dense table; a row opens below itself to show evidence and the determination. */
import { Fragment } from 'react';
import type { ChecklistViewT, ItemViewT, SetItemInputT } from '../../../shared/ipc/checklist.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDate } from '../../format.ts';
import { ItemDetail } from './ItemDetail.tsx';
import { StatusChip } from './StatusChip.tsx';

/** One line: the reviewer's status and reason, or the revision action's owner and deadline. */
function DeterminationCell(props: { item: ItemViewT }) {
  const { lang } = useT();
  const d = props.item.determination;
  if (!d) return <span className="muted">—</span>;
  const revision = d.revision ? `${d.revision.who} · ${formatDate(d.revision.by, lang)}` : null;
  return (
    <div className="cl-det-cell">
      {d.status && <StatusChip status={d.status} />}
      {d.reason && (
        <span className="cl-clip small" title={d.reason}>
          {d.reason}
        </span>
      )}
      {revision && (
        <span className="cl-clip small cl-rev" title={d.revision?.what}>
          → {revision}
        </span>
      )}
    </div>
  );
}

export function ChecklistTable(props: {
  view: ChecklistViewT;
  editable: boolean;
  busy: boolean;
  open: string | null;
  onOpen: (id: string | null) => void;
  onSave: (input: SetItemInputT) => Promise<string | null>;
}) {
  const { t, lang } = useT();
  return (
    <table className="grid cl-table" aria-label={t('checklist.table')}>
      <colgroup>
        <col className="cl-c-item" />
        <col className="cl-c-auto" />
        <col className="cl-c-det" />
        <col className="cl-c-eff" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('checklist.col.item')}</th>
          <th scope="col">{t('checklist.col.automatic')}</th>
          <th scope="col">{t('checklist.col.determination')}</th>
          <th scope="col">{t('checklist.col.effective')}</th>
        </tr>
      </thead>
      <tbody>
        {props.view.items.map((item) => {
          const open = props.open === item.id;
          const n = item.automatic.evidence.length;
          return (
            <Fragment key={item.id}>
              <tr className={open ? 'cl-row open' : 'cl-row'}>
                <th scope="row">
                  <button
                    type="button"
                    className="cl-toggle"
                    aria-expanded={open}
                    aria-controls={`cl-detail-${item.id}`}
                    title={t('checklist.expand', { id: item.id })}
                    onClick={() => props.onOpen(open ? null : item.id)}
                  >
                    <span className="cl-caret" aria-hidden="true">
                      {open ? '▾' : '▸'}
                    </span>
                    <span className="cl-id">{item.id}</span>
                    <span className="cl-name">{item.label[lang]}</span>
                  </button>
                </th>
                <td>
                  <StatusChip status={item.automatic.status} />
                  <span className="muted small cl-evcount">
                    {n > 0 ? t('checklist.evidenceCount', { n }) : t('checklist.noEvidence')}
                  </span>
                </td>
                <td>
                  <DeterminationCell item={item} />
                </td>
                <td>
                  <StatusChip status={item.effective} />
                  {item.issues.length > 0 && (
                    <span className="cl-issue small">
                      {t('checklist.issues', { n: item.issues.length })}
                    </span>
                  )}
                </td>
              </tr>
              {open && (
                <tr className="cl-detail" id={`cl-detail-${item.id}`}>
                  <td colSpan={4}>
                    <ItemDetail
                      view={props.view}
                      item={item}
                      editable={props.editable}
                      busy={props.busy}
                      onSave={props.onSave}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
