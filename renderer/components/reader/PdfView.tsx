/**
 * The original PDF, page by page on canvases drawn as they scroll into view. The page where the
 * selected clause starts is marked; the selected words are boxed where they are found.
 */
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { Box, Needle, OpenedPdf } from './pdf.ts';
import { PdfPage, type LoadedPdf } from './PdfPage.tsx';

const NO_BOXES: readonly Box[] = [];

function useLoadedPdf(versionId: string): { loaded: LoadedPdf | null; error: string | null } {
  const [loaded, setLoaded] = useState<LoadedPdf | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let opened: OpenedPdf | null = null;
    setLoaded(null);
    setError(null);
    void (async () => {
      try {
        const [original, lib] = await Promise.all([
          call('documents.original', { versionId }),
          import('./pdf.ts'),
        ]);
        opened = await lib.openPdf(original.base64);
        const aspect = await lib.pageAspect(opened.doc);
        if (live) setLoaded({ doc: opened.doc, aspect, lib });
        else void opened.close();
      } catch (err) {
        if (live) setError(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      live = false;
      void opened?.close();
    };
  }, [versionId]);
  return { loaded, error };
}

export function PdfView(props: { versionId: string; page: number | null; needle: Needle | null }) {
  const { t } = useT();
  const { loaded, error } = useLoadedPdf(props.versionId);
  const [width, setWidth] = useState(0);
  const [found, setFound] = useState<{ page: number; boxes: Box[] } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() =>
      setWidth(Math.max(200, Math.min(900, el.clientWidth - 32))),
    );
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    if (!loaded || props.page === null) return;
    rootRef.current
      ?.querySelector(`[data-page="${props.page}"]`)
      ?.scrollIntoView({ block: 'start' });
  }, [loaded, props.page]);

  // The words: on the clause's first page or, for a clause that runs on, one of the next two.
  useEffect(() => {
    setFound(null);
    const start = props.page;
    const needle = props.needle;
    if (!loaded || start === null || width <= 0 || !needle) return;
    let live = true;
    void (async () => {
      for (let n = start; n <= Math.min(start + 2, loaded.doc.numPages); n++) {
        const boxes = await loaded.lib.textBoxes(loaded.doc, n, needle, width);
        if (!live) return;
        if (boxes.length > 0) {
          setFound({ page: n, boxes });
          requestAnimationFrame(() =>
            rootRef.current?.querySelector('.pdf-box')?.scrollIntoView({ block: 'center' }),
          );
          return;
        }
      }
    })().catch((err: unknown) => console.error('[reader] pdf text', err));
    return () => {
      live = false;
    };
  }, [loaded, props.page, props.needle, width]);

  return (
    <div ref={rootRef} className="pdf-view" tabIndex={0} aria-label={t('review.reader.pdf')}>
      {error && (
        <p className="banner error" role="alert">
          {t('review.reader.pdfError', { message: error })}
        </p>
      )}
      {!loaded && !error && <p className="muted">{t('review.reader.pdfLoading')}</p>}
      {loaded &&
        Array.from({ length: loaded.doc.numPages }, (_, i) => (
          <PdfPage
            key={i + 1}
            loaded={loaded}
            n={i + 1}
            width={width}
            hit={props.page === i + 1}
            boxes={found?.page === i + 1 ? found.boxes : NO_BOXES}
          />
        ))}
    </div>
  );
}
