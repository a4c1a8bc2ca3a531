/** A polite live region for what just happened (undo, manual finding added). */
export function ReviewNotice(props: { notice: string | null }) {
  return (
    <div className="review-notice" role="status" aria-live="polite">
      {props.notice}
    </div>
  );
}
