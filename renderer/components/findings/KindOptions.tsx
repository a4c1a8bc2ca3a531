import { DOC_KINDS, PROC_KINDS, RESP_KINDS, type Family } from '../../../shared/model/finding.ts';
import { useT } from '../../i18n/i18n.tsx';
import { kindName } from './labels.ts';

const KINDS = { PROC: PROC_KINDS, RESP: RESP_KINDS, DOC: DOC_KINDS } as const;

/** The finding kinds of some families as <optgroup>s, each option "id — name". */
export function KindOptions(props: { families: readonly Family[] }) {
  const { t } = useT();
  return (
    <>
      {props.families.map((fam) => (
        <optgroup key={fam} label={fam}>
          {KINDS[fam].map((k) => (
            <option key={k} value={k}>
              {k} — {kindName(t, k)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
