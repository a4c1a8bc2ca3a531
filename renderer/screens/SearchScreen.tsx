/** Full-text search: type, filter, ↑↓ to choose, Enter to open the clause in the reader. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummaryT } from '../../shared/ipc/schemas.ts';
import { call } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { useSearch } from '../hooks/useSearch.ts';
import { clauseHref } from '../routes.ts';
import { SearchFilters, type Filters } from '../components/search/SearchFilters.tsx';
import { Snippet } from '../components/search/Snippet.tsx';

export function SearchScreen(props: { hasWorkspace: boolean }) {
  const { t } = useT();
  const [query, setQuery] = useState(() => sessionStorage.getItem('rasoat.search') ?? '');
  const [filters, setFilters] = useState<Filters>({});
  const [docs, setDocs] = useState<DocumentSummaryT[]>([]);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const { result, loading, error, more } = useSearch({ query, ...filters });

  useEffect(() => {
    if (props.hasWorkspace) void call('documents.list', {}).then(setDocs);
    input.current?.focus();
  }, [props.hasWorkspace]);
  useEffect(() => setActive(0), [result?.total, query]);
  useEffect(() => sessionStorage.setItem('rasoat.search', query), [query]);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  if (!props.hasWorkspace) return <p className="banner">{t('needsWorkspace')}</p>;
  const hits = result?.hits ?? [];
  const open = (i: number) => {
    const h = hits[i];
    if (h) location.hash = clauseHref(h.documentId, h.id);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') open(active);
    else return;
    e.preventDefault();
  };

  return (
    <section className="search-screen" onKeyDown={onKey}>
      <h1>{t('search.title')}</h1>
      <label className="search-box">
        <span className="label">{t('search.label')}</span>
        <input
          ref={input}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          spellCheck={false}
          aria-describedby="search-hint"
          aria-controls="search-results"
        />
      </label>
      <p id="search-hint" className="muted small">
        {t('search.hint')}
      </p>
      <SearchFilters docs={docs} value={filters} onChange={setFilters} />
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      <p className="muted small" role="status" aria-busy={loading}>
        {result
          ? t('search.count', {
              n: result.total.toLocaleString('vi-VN'),
              ms: result.tookMs.toFixed(1),
            })
          : t('search.start', { n: docs.length })}
      </p>
      {result && result.total === 0 && <p className="banner">{t('search.none', { q: query })}</p>}
      <ol id="search-results" ref={list} className="hits" aria-label={t('search.results')}>
        {hits.map((h, i) => (
          <li
            key={h.id}
            data-index={i}
            className={i === active ? 'hit active' : 'hit'}
            aria-selected={i === active}
          >
            <a href={clauseHref(h.documentId, h.id)} onMouseEnter={() => setActive(i)}>
              <div className="hit-head">
                <strong>{h.docNumber || h.docTitle}</strong> · {h.articleLabel}
              </div>
              <Snippet snippet={h.snippet} />
            </a>
          </li>
        ))}
      </ol>
      {result && hits.length < result.total && (
        <button type="button" className="secondary" onClick={more}>
          {t('search.more')}
        </button>
      )}
    </section>
  );
}
