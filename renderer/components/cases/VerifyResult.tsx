/** One verification outcome: the verdict in words and colour, then the details that back it. */
import type { VerifyResultT } from '../../../shared/ipc/reports.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';

const MARK: Record<VerifyResultT['status'], string> = {
  valid: '✓',
  altered: '✗',
  unknown_key: '?',
  unsigned: '–',
};

export function VerifyResult(props: { result: VerifyResultT; compact?: boolean }) {
  const { t, lang } = useT();
  const r = props.result;
  const status = t(`cases.status.${r.status}` as MessageKey);
  return (
    <div
      className={`verify-result verify-${r.status}`}
      role={r.status === 'valid' ? 'status' : 'alert'}
      aria-label={`${t('cases.verify.result')}: ${status}`}
    >
      <p className="verify-head">
        <span className="verify-mark" aria-hidden="true">
          {MARK[r.status]}
        </span>
        <strong>{status}</strong>
        <span>{lang === 'vi' ? r.message.vi : r.message.en}</span>
      </p>
      {!props.compact && (
        <ul className="verify-details">
          {r.details.map((d, i) => (
            <li key={i}>{lang === 'vi' ? d.vi : d.en}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
