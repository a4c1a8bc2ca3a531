import type { FindingDetailT } from '../../../shared/ipc/findings.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatWhen } from './labels.ts';

/** Who decided and when; for a dismissal, the reason and the citation. */
export function DecisionInfo(props: { detail: FindingDetailT }) {
  const { t, lang } = useT();
  const d = props.detail;
  return (
    <div className="decision-info">
      {d.origin === 'manual' && <p className="muted small">{t('review.manualOrigin')}</p>}
      {d.status !== 'open' && d.decidedBy && (
        <p className="decided-by">
          {t('review.decidedBy', {
            status: t(`review.status.${d.status}`),
            who: d.decidedBy,
            when: formatWhen(d.decidedAt, lang),
          })}
          {d.status === 'dismissed' && d.reason && (
            <>
              {' — '}
              <strong>{t(`review.reason.${d.reason}`)}</strong>
              {d.citation && <>: {d.citation}</>}
            </>
          )}
        </p>
      )}
    </div>
  );
}
