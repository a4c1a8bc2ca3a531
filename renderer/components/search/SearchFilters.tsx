import type { DocumentSummaryT } from '../../../shared/ipc/schemas.ts';
import type { SearchQueryT } from '../../../shared/ipc/search.ts';
import { ALL_KINDS } from '../../../shared/model/finding.ts';
import { useT } from '../../i18n/i18n.tsx';
import { docTypeLabel } from '../../docTypes.ts';
import { kindName } from '../findings/labels.ts';

export type Filters = Omit<SearchQueryT, 'query' | 'limit' | 'offset'>;

function one<T extends string>(value: string): T[] | undefined {
  return value === '' ? undefined : [value as T];
}

export function SearchFilters(props: {
  docs: DocumentSummaryT[];
  value: Filters;
  onChange: (f: Filters) => void;
}) {
  const { t, lang } = useT();
  const f = props.value;
  const set = (patch: Partial<Filters>) => props.onChange({ ...f, ...patch });
  const kinds = [
    ...new Set(props.docs.map((d) => d.docType).filter((k): k is string => k !== null)),
  ];
  return (
    <div className="filters" role="group" aria-label={t('search.filters')}>
      <label>
        <span className="label">{t('search.document')}</span>
        <select
          value={f.documentIds?.[0] ?? ''}
          onChange={(e) => set({ documentIds: one(e.target.value) })}
        >
          <option value="">{t('search.all')}</option>
          {props.docs.map((d) => (
            <option key={d.id} value={d.id}>
              {d.number ?? d.fileName}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="label">{t('search.docKind')}</span>
        <select
          value={f.docKinds?.[0] ?? ''}
          onChange={(e) => set({ docKinds: one(e.target.value) })}
        >
          <option value="">{t('search.all')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {docTypeLabel(k, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="label">{t('search.findingKind')}</span>
        <select
          value={f.findingKinds?.[0] ?? ''}
          onChange={(e) => set({ findingKinds: one(e.target.value) })}
        >
          <option value="">{t('search.all')}</option>
          {ALL_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(t, k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="label">{t('search.status')}</span>
        <select
          value={f.reviewStatuses?.[0] ?? ''}
          onChange={(e) => set({ reviewStatuses: one(e.target.value) })}
        >
          <option value="">{t('search.all')}</option>
          {(['none', 'open', 'reviewed'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`search.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="label">{t('search.sort')}</span>
        <select
          value={f.sort ?? 'relevance'}
          onChange={(e) => set({ sort: e.target.value as Filters['sort'] })}
        >
          <option value="relevance">{t('search.sort.relevance')}</option>
          <option value="document">{t('search.sort.document')}</option>
        </select>
      </label>
    </div>
  );
}
