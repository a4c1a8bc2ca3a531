/** Import by button, folder, drag-and-drop or pasted path; progress with cancel; a result per file. */
import { useRef, useState, type DragEvent } from 'react';
import type { ImportResultT } from '../../shared/ipc/documents.ts';
import { call, pathForFile } from '../api/client.ts';
import { useJob } from '../hooks/useJob.ts';
import { useT } from '../i18n/i18n.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { ImportResults } from './ImportResults.tsx';

export function ImportPanel() {
  const { t } = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<ImportResultT[] | null>(null);
  const job = useJob((f) => setResults((f.result as ImportResultT[] | undefined) ?? []));
  const running = uploading !== null || (job.jobId !== null && job.finished === null);

  async function importPaths(paths: string[]) {
    setError(null);
    setResults(null);
    try {
      job.start((await call('documents.import', { paths })).jobId);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  async function importFiles(list: FileList | File[]) {
    const files = [...list];
    if (files.length === 0) return;
    const paths: string[] = [];
    setUploading({ done: 0, total: files.length });
    try {
      for (const [i, f] of files.entries()) {
        paths.push(await pathForFile(f));
        setUploading({ done: i + 1, total: files.length });
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return;
    } finally {
      setUploading(null);
    }
    await importPaths(paths);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void importFiles(e.dataTransfer.files);
  };

  return (
    <div
      className={dragging ? 'card dropzone dragging' : 'card dropzone'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="row wrap">
        <button
          type="button"
          className="primary"
          disabled={running}
          onClick={() => fileInput.current?.click()}
        >
          {t('import.files')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={running}
          onClick={() => folderInput.current?.click()}
        >
          {t('import.folder')}
        </button>
        <span className="muted">{t('import.dropHint')}</span>
      </div>
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept=".pdf,.docx,.doc,.txt,.md"
        aria-label={t('import.files')}
        onChange={(e) => e.target.files && void importFiles(e.target.files)}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label={t('import.folder')}
        {...{ webkitdirectory: '', directory: '' }}
        onChange={(e) => e.target.files && void importFiles(e.target.files)}
      />
      {uploading && (
        <ProgressBar done={uploading.done} total={uploading.total} label={t('import.preparing')} />
      )}
      {job.jobId && !job.finished && (
        <ProgressBar
          done={job.progress?.done ?? 0}
          total={job.progress?.total ?? 0}
          label={job.progress?.label ?? t('import.starting')}
          onCancel={job.cancel}
        />
      )}
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      {job.finished?.status === 'cancelled' && <p className="muted">{t('import.cancelled')}</p>}
      {job.finished?.status === 'failed' && (
        <div className="banner error" role="alert">
          {job.finished.error?.message}
        </div>
      )}
      {results && <ImportResults results={results} />}
    </div>
  );
}
