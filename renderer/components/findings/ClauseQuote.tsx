import type { FindingDetailT } from '../../../shared/ipc/findings.ts';

/** The clause as written, the matched words marked, its lead-in (if any) above it. */
export function ClauseQuote(props: { detail: FindingDetailT }) {
  const d = props.detail;
  const [s, e] = d.span;
  const text = d.clauseText;
  const valid = s >= 0 && e > s && e <= text.length;
  // An article without a heading has its first sentence as its title: do not print it twice.
  const title = d.articleTitle.replace(/^Điều\s+\S+\s*/u, '');
  const showTitle = d.articleTitle !== '' && !text.startsWith(title.slice(0, 40));
  return (
    <blockquote className="clause-quote" lang="vi">
      {showTitle && <div className="clause-article">{d.articleTitle}</div>}
      {d.context && <div className="clause-context">{d.context}</div>}
      {valid ? (
        <>
          {text.slice(0, s)}
          <mark className={`hl hl-${d.family.toLowerCase()}`}>{text.slice(s, e)}</mark>
          {text.slice(e)}
        </>
      ) : (
        text
      )}
    </blockquote>
  );
}
