/** Runs search.query as the user types: short debounce, stale answers dropped, pages appended. */
import { useEffect, useRef, useState } from 'react';
import type { SearchQueryT, SearchResultT } from '../../shared/ipc/search.ts';
import { call, subscribe } from '../api/client.ts';

export type SearchState = {
  result: SearchResultT | null;
  loading: boolean;
  error: string | null;
  more: () => void;
};

const PAGE = 50;

export function useSearch(q: Omit<SearchQueryT, 'limit' | 'offset'>): SearchState {
  const [result, setResult] = useState<SearchResultT | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const key = JSON.stringify(q);

  useEffect(() => subscribe('documents.changed', () => setTick((n) => n + 1)), []);

  useEffect(() => {
    const mine = ++seq.current;
    if (q.query.trim() === '') {
      setResult(null);
      return;
    }
    setLoading(true);
    const timer = setTimeout(() => {
      call('search.query', { ...q, limit: PAGE }).then(
        (r) => mine === seq.current && (setResult(r), setError(null), setLoading(false)),
        (e: unknown) =>
          mine === seq.current &&
          (setError(e instanceof Error ? e.message : String(e)), setLoading(false)),
      );
    }, 60);
    return () => clearTimeout(timer);
    // `key` stands for the query object, which is rebuilt on every render.
  }, [key, tick]);

  const more = () => {
    if (!result || result.hits.length >= result.total) return;
    const mine = seq.current;
    void call('search.query', { ...q, limit: PAGE, offset: result.hits.length }).then((r) => {
      if (mine === seq.current) setResult({ ...r, hits: [...result.hits, ...r.hits] });
    });
  };
  return { result, loading, error, more };
}
