import type { ItemStatus } from '../../../shared/model/checklist.ts';
import { useT } from '../../i18n/i18n.tsx';
import { statusKey } from './labels.ts';

/** An item status in words, coloured by meaning (the colour is never the only signal). */
export function StatusChip(props: { status: ItemStatus }) {
  const { t } = useT();
  return <span className={`cl-chip cl-${props.status}`}>{t(statusKey(props.status))}</span>;
}
