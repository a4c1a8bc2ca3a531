/** The import pipeline on real corpus files, the real child-process parser and a real SQLite file. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFileInChild } from '../../../../electron/backend/formats/parse-in-child.ts';
import {
  importFiles,
  type ImportResult,
} from '../../../../electron/backend/import/import-files.ts';
import { openWorkspace } from '../../../../electron/backend/workspace.ts';
import { CORPUS_DOCS, folderOf, tempDir } from '../../../helpers/corpus.ts';

const A = '009-qcph-qlnn-tin-nguong-ton-giao-thai-nguyen.txt';
const B = '022-qc-he-thong-lay-y-kien-dien-tu-can-tho.txt';
const C = '003-qc-to-chuc-hoat-dong-bcd-quoc-gia-cong-nghiep-ban-dan.txt';

const parse = (file: string, signal: AbortSignal) => parseFileInChild(file, { signal });
const noProgress = { signal: new AbortController().signal, progress: () => {} };

function run(ws: ReturnType<typeof openWorkspace>, paths: string[]): Promise<ImportResult[]> {
  return importFiles(ws.db, paths, noProgress, parse);
}

describe('import pipeline', () => {
  it('imports a folder recursively, reports duplicates and per-file errors, and never stops the batch', async () => {
    const folder = folderOf([A, B], 'con/chau');
    copyFileSync(path.join(CORPUS_DOCS, C), path.join(folder, C));
    copyFileSync(path.join(CORPUS_DOCS, A), path.join(folder, 'ban-sao.txt')); // same bytes, other name
    writeFileSync(path.join(folder, 'hong.pdf'), '%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF'); // broken PDF
    writeFileSync(path.join(folder, 'ghi-chu.xyz'), 'không phải văn bản'); // ignored inside folders
    const ws = openWorkspace(tempDir('ws'));
    // The same file named twice is imported once; a copy under another name is a duplicate.
    const results = await run(ws, [
      folder,
      path.join(folder, 'con/chau', A),
      path.join(folder, 'khong-co.docx'),
    ]);
    const byName = (n: string) => results.filter((r) => path.basename(r.file) === n);
    const pair = [...byName(A), ...byName('ban-sao.txt')];
    expect(pair.map((r) => r.status).sort()).toEqual(['duplicate', 'imported']);
    expect(pair[0]?.documentId).toBe(pair[1]?.documentId);
    expect(byName(B)[0]?.status).toBe('imported');
    expect(byName(C)[0]?.status).toBe('imported');
    expect(byName('hong.pdf')[0]).toMatchObject({ status: 'error', code: 'document.corrupt' });
    expect(byName('khong-co.docx')[0]).toMatchObject({
      status: 'error',
      code: 'document.not_found',
    });
    expect(byName('ghi-chu.xyz')).toEqual([]);
    const docs = ws.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number };
    expect(docs.n).toBe(3);
    ws.close();
  });

  it('stores metadata, the structure tree and clauses with spans that point into the text', async () => {
    const ws = openWorkspace(tempDir('ws'));
    const [r] = await run(ws, [path.join(CORPUS_DOCS, A)]);
    const doc = ws.db
      .prepare(
        'SELECT number, doc_type, issuer, issued_date, current_version_id FROM documents WHERE id = ?',
      )
      .get(r!.documentId!) as Record<string, string>;
    expect(doc.number).toBe('26/2025/QĐ-UBND');
    expect(doc.issued_date).toBe('2025-11-21');
    const text = (
      ws.db
        .prepare('SELECT text FROM document_versions WHERE id = ?')
        .get(doc.current_version_id!) as { text: string }
    ).text;
    const clauses = ws.db
      .prepare('SELECT text, start_off, end_off FROM clauses WHERE version_id = ? ORDER BY ord')
      .all(doc.current_version_id!) as { text: string; start_off: number; end_off: number }[];
    expect(clauses.length).toBeGreaterThan(30);
    for (const c of clauses) {
      const first = c.text.slice(0, 20);
      expect(text.slice(c.start_off, c.end_off)).toContain(first.slice(first.indexOf(' ') + 1, 15));
    }
    const articles = ws.db
      .prepare("SELECT number FROM nodes WHERE version_id = ? AND kind = 'article' ORDER BY ord")
      .all(doc.current_version_id!) as { number: string }[];
    const source = readFileSync(path.join(CORPUS_DOCS, A), 'utf8').match(/^Điều \d+/gm) ?? [];
    expect(articles.length).toBe(source.length); // the decision's Điều 1–3 and the regulation's own
    ws.close();
  });

  it('makes a new version when a document with the same số hiệu comes again', async () => {
    const ws = openWorkspace(tempDir('ws'));
    const first = await run(ws, [path.join(CORPUS_DOCS, A)]);
    const edited = path.join(tempDir('edit'), 'sua-doi.txt');
    writeFileSync(
      edited,
      `${readFileSync(path.join(CORPUS_DOCS, A), 'utf8')}\nPhụ lục\nMẫu báo cáo bổ sung.\n`,
    );
    const second = await run(ws, [edited]);
    expect(second[0]).toMatchObject({
      status: 'imported',
      documentId: first[0]!.documentId,
      version: 2,
    });
    const versions = ws.db
      .prepare('SELECT version FROM document_versions WHERE document_id = ? ORDER BY version')
      .all(first[0]!.documentId!) as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    ws.close();
  });

  it('stops at once when cancelled, keeping what was committed', async () => {
    const ws = openWorkspace(tempDir('ws'));
    const controller = new AbortController();
    const results = await importFiles(
      ws.db,
      [path.join(CORPUS_DOCS, A), path.join(CORPUS_DOCS, B), path.join(CORPUS_DOCS, C)],
      { signal: controller.signal, progress: (done) => done === 1 && controller.abort() },
      parse,
    );
    expect(results.length).toBe(1);
    const n = (ws.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    expect(n).toBe(1);
    ws.close();
  });
});
