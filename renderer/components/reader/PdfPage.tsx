/** One page of the original PDF: drawn on a canvas when it nears the view, with word boxes on top. */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import type { Box, PDFDocumentProxy } from './pdf.ts';

export type LoadedPdf = { doc: PDFDocumentProxy; aspect: number; lib: typeof import('./pdf.ts') };

export function PdfPage(props: {
  loaded: LoadedPdf;
  n: number;
  width: number;
  hit: boolean;
  boxes: readonly Box[];
}) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver(
      (e) => e.some((x) => x.isIntersecting) && setVisible(true),
      { rootMargin: '400px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, []);

  useEffect(() => {
    if (!visible || !canvasRef.current || props.width <= 0) return;
    const drawing = props.loaded.lib.renderPage(
      props.loaded.doc,
      props.n,
      canvasRef.current,
      props.width,
    );
    drawing.done.catch((err: unknown) =>
      setFailed(err instanceof Error ? err.message : String(err)),
    );
    return drawing.cancel;
  }, [visible, props.loaded, props.n, props.width]);

  const label = props.hit
    ? t('review.reader.pageHit', { n: props.n })
    : t('review.reader.page', { n: props.n });
  return (
    <div
      ref={ref}
      className={`pdf-page${props.hit ? ' hit' : ''}`}
      data-page={props.n}
      role="img"
      aria-label={label}
    >
      <div className="pdf-page-label">{label}</div>
      {failed && <p className="banner error">{t('review.reader.pdfError', { message: failed })}</p>}
      <div className="pdf-sheet">
        <canvas
          ref={canvasRef}
          style={{ width: props.width, height: props.width / props.loaded.aspect }}
        />
        {props.boxes.map((b, i) => (
          <div key={i} className="pdf-box" style={b} />
        ))}
      </div>
    </div>
  );
}
