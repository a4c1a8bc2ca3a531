/** The queue's filters: document, family, kind, severity, status, and a text search ("/"). */
import type { RefObject } from 'react';
import { SEVERITIES } from '../../../shared/model/finding.ts';
import { Family, FindingStatus, SeverityS } from '../../../shared/ipc/findings.ts';
import { useT } from '../../i18n/i18n.tsx';
import { EMPTY_FILTER, type QueueFilterT } from '../../hooks/useFindingsUiState.ts';
import { KindOptions } from './KindOptions.tsx';

export type DocOption = { id: string; label: string; decided: number; total: number };

const FAMILIES = Family.options;
const STATUSES = FindingStatus.options;

function pick<T extends string>(options: readonly T[], value: string): T | null {
  return options.find((o) => o === value) ?? null;
}

export function FindingFilters(props: {
  filter: QueueFilterT;
  onChange: (patch: Partial<QueueFilterT>) => void;
  documents: DocOption[];
  shown: number;
  total: number;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useT();
  const f = props.filter;
  const families = f.family ? [f.family] : FAMILIES;
  const active = JSON.stringify(f) !== JSON.stringify(EMPTY_FILTER);
  return (
    <div className="review-filters" role="search" aria-label={t('review.filters')}>
      <label className="rf-doc">
        <span className="label">{t('review.filter.document')}</span>
        <select
          value={f.documentId ?? ''}
          onChange={(e) => props.onChange({ documentId: e.target.value || null })}
        >
          <option value="">{t('review.filter.all')}</option>
          {props.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label} ({d.decided}/{d.total})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="label">{t('review.filter.family')}</span>
        <select
          value={f.family ?? ''}
          onChange={(e) => {
            const family = pick(FAMILIES, e.target.value);
            const keepKind = !family || !f.kind || f.kind.startsWith(`${family}.`);
            props.onChange({ family, ...(keepKind ? {} : { kind: null }) });
          }}
        >
          <option value="">{t('review.filter.all')}</option>
          {FAMILIES.map((fam) => (
            <option key={fam} value={fam}>
              {t(`review.family.${fam}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="rf-kind">
        <span className="label">{t('review.filter.kind')}</span>
        <select
          value={f.kind ?? ''}
          onChange={(e) => props.onChange({ kind: e.target.value || null })}
        >
          <option value="">{t('review.filter.all')}</option>
          <KindOptions families={families} />
        </select>
      </label>
      <label>
        <span className="label">{t('review.filter.severity')}</span>
        <select
          value={f.severity ?? ''}
          onChange={(e) => props.onChange({ severity: pick(SeverityS.options, e.target.value) })}
        >
          <option value="">{t('review.filter.all')}</option>
          {[...SEVERITIES].reverse().map((s) => (
            <option key={s} value={s}>
              {t(`review.severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="label">{t('review.filter.status')}</span>
        <select
          value={f.status ?? ''}
          onChange={(e) => props.onChange({ status: pick(STATUSES, e.target.value) })}
        >
          <option value="">{t('review.filter.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`review.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="rf-search">
        <span className="label">
          {t('review.filter.search')} <kbd>/</kbd>
        </span>
        <input
          ref={props.searchRef}
          type="search"
          value={f.search}
          onChange={(e) => props.onChange({ search: e.target.value })}
          onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.blur()}
        />
      </label>
      <div className="rf-count">
        <span className="muted small" aria-live="polite">
          {props.shown === props.total
            ? t('review.count', { shown: props.total })
            : t('review.countOf', { shown: props.shown, total: props.total })}
        </span>
        {active && (
          <button
            type="button"
            className="linkish small"
            onClick={() => props.onChange(EMPTY_FILTER)}
          >
            {t('review.filter.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
