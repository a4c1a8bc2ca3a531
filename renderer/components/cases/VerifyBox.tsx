/** Drop or pick a report (and optionally its .sig.json) to check it, as an inspector would. */
import { useRef, useState, type DragEvent } from 'react';
import type { VerifyResultT } from '../../../shared/ipc/reports.ts';
import { call, pathForFile } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { VerifyResult } from './VerifyResult.tsx';

const isSig = (name: string) => name.toLowerCase().endsWith('.sig.json');

export function VerifyBox() {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<VerifyResultT | null>(null);

  async function check(list: FileList | File[]) {
    const files = [...list];
    const report = files.find((f) => !isSig(f.name));
    const sig = files.find((f) => isSig(f.name));
    setError(null);
    setResult(null);
    if (!report) {
      if (files.length > 0) setError(t('cases.verify.needReport'));
      return;
    }
    setBusy(true);
    try {
      const path = await pathForFile(report);
      const sigPath = sig ? await pathForFile(sig) : undefined;
      setResult(await call('reports.verify', { path, ...(sigPath ? { sigPath } : {}) }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void check(e.dataTransfer.files);
  };

  return (
    <section
      className={dragging ? 'card dropzone dragging cases-verify' : 'card dropzone cases-verify'}
      aria-labelledby="cases-verify-title"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="cases-verify-title">{t('cases.verify.title')}</h2>
      <div className="row wrap">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          {t('cases.verify.pick')}
        </button>
        <span className="muted">{busy ? t('cases.verify.checking') : t('cases.verify.hint')}</span>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".pdf,.docx,.json"
        aria-label={t('cases.verify.pick')}
        onChange={(e) => {
          if (e.target.files) void check(e.target.files);
          e.target.value = '';
        }}
      />
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      {result && <VerifyResult result={result} />}
    </section>
  );
}
