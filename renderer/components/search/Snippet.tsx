import type { SearchHitT } from '../../../shared/ipc/search.ts';

/** The snippet with the matched words in <mark>. */
export function Snippet(props: { snippet: SearchHitT['snippet'] }) {
  const { text, highlights } = props.snippet;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <span className="snippet">{parts}</span>;
}
