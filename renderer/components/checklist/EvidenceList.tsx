/** The clauses an automatic assessment rests on, each a link to the clause in the reader. */
import { useState } from 'react';
import type { EvidenceViewT } from '../../../shared/ipc/checklist.ts';
import { useT } from '../../i18n/i18n.tsx';
import { clauseHref } from '../../routes.ts';
import { kindName } from '../findings/labels.ts';

const PAGE = 12;

export function EvidenceList(props: { evidence: EvidenceViewT[]; label: string }) {
  const { t } = useT();
  const [shown, setShown] = useState(PAGE);
  if (props.evidence.length === 0) return null;
  const rest = props.evidence.length - shown;
  return (
    <>
      <ol className="cl-evidence" aria-label={props.label}>
        {props.evidence.slice(0, shown).map((e) => {
          const where = e.clauseLabel || t('checklist.wholeDocument');
          const href = e.clauseId
            ? clauseHref(e.documentId, e.clauseId)
            : `#/library/${encodeURIComponent(e.documentId)}`;
          return (
            <li key={`${e.documentId}/${e.clauseId ?? ''}`}>
              <a
                href={href}
                aria-label={t('checklist.openClause', { clause: where, doc: e.docLabel })}
              >
                <span className="cl-ev-where">{where}</span>
                <span className="cl-ev-doc">
                  {e.docLabel}
                  {e.page !== null && ` · ${t('checklist.page', { n: e.page })}`}
                </span>
              </a>
              {e.kinds.length > 0 && (
                <span className="cl-ev-kinds small">
                  {e.kinds.map((k) => kindName(t, k)).join(' · ')}
                </span>
              )}
              {e.excerpt && <span className="cl-ev-text">{e.excerpt}</span>}
            </li>
          );
        })}
      </ol>
      {rest > 0 && (
        <button
          type="button"
          className="linkish small"
          onClick={() => setShown((n) => n + PAGE * 4)}
        >
          {t('checklist.moreEvidence', { n: rest })}
        </button>
      )}
    </>
  );
}
