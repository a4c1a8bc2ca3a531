import type { FindingRowT } from '../../../shared/ipc/findings.ts';
import { useT } from '../../i18n/i18n.tsx';
import { kindName } from './labels.ts';

/** A finding's kind: its id (as in the rule packs and reports) beside its name. */
export function KindChip(props: { kind: string; family: FindingRowT['family'] }) {
  const { t } = useT();
  return (
    <span className={`kind-chip fam-${props.family.toLowerCase()}`}>
      <span className="kind-id">{props.kind}</span>
      <span className="kind-name">{kindName(t, props.kind)}</span>
    </span>
  );
}

const GLYPH: Record<FindingRowT['status'], string> = { open: '○', confirmed: '✓', dismissed: '✕' };

/** Status as a glyph with its name for screen readers and as a tooltip. */
export function StatusMark(props: { status: FindingRowT['status'] }) {
  const { t } = useT();
  const name = t(`review.status.${props.status}`);
  return (
    <span className={`status-mark st-${props.status}`} title={name}>
      <span aria-hidden="true">{GLYPH[props.status]}</span>
      <span className="sr-only">{name}</span>
    </span>
  );
}
