/** One searchable clause, as the workspace hands it to the index. */
export type SearchRecord = {
  /** Clause id, unique in the workspace. */
  id: string;
  documentId: string;
  docKind: string;
  docNumber: string;
  docTitle: string;
  /** e.g. "Điều 5. Trách nhiệm của người đứng đầu". */
  articleLabel: string;
  text: string;
  /** Position of the clause in its document. */
  order: number;
  findingKinds: string[];
  reviewStatus: string;
};

/** [start, end) offsets into `snippet.text`. */
export type Range = [number, number];

export type Snippet = { text: string; highlights: Range[] };

export type SearchHit = {
  id: string;
  documentId: string;
  docNumber: string;
  docTitle: string;
  articleLabel: string;
  snippet: Snippet;
  score: number;
};

export type SearchSort = 'relevance' | 'document';

export type SearchOptions = {
  limit?: number;
  offset?: number;
  documentIds?: string[];
  docKinds?: string[];
  /** Keep records that carry at least one of these finding kinds. */
  findingKinds?: string[];
  reviewStatuses?: string[];
  sort?: SearchSort;
};

export type SearchResult = { total: number; hits: SearchHit[]; tookMs: number };

export type SearchIndex = {
  add(records: SearchRecord[]): void;
  remove(ids: string[]): void;
  removeDocument(documentId: string): void;
  update(record: SearchRecord): void;
  search(query: string, opts?: SearchOptions): SearchResult;
  /** Number of live records. */
  size(): number;
  /** Writes the index and its record store; `fingerprint` names the data it was built from. */
  save(dir: string, fingerprint: string): Promise<void>;
};
