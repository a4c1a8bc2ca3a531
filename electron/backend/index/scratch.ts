/**
 * Working arrays reused by every query: per slot, per article group and per document group.
 * Generation stamps mark what the current query or term has touched, so nothing is cleared
 * between queries (a fresh array holds zeros, and generations start at 1 and only grow).
 */
export type GroupScratch = {
  /** Term generation when the current term matched the group's title, and that match's weight. */
  stamp: Uint32Array;
  weight: Float32Array;
  /** Term generation when the current term matched the title with its exact diacritics. */
  exact: Uint32Array;
  /** Query generation of `pairs`, and bits of the adjacent query pairs seen in the title. */
  pairGen: Uint32Array;
  pairs: Uint32Array;
};

export type Scratch = {
  seen: Uint32Array;
  tstamp: Uint32Array;
  tscore: Float32Array;
  estamp: Uint32Array;
  exact: Uint8Array;
  adjGen: Uint32Array;
  adj: Uint32Array;
  score: Float64Array;
  /** Candidate slots of the running query. */
  cand: Int32Array;
  article: GroupScratch;
  doc: GroupScratch;
  ensure(slots: number, articles: number, docs: number): void;
  nextGen(): number;
  nextTermGen(): number;
};

function groupScratch(n: number): GroupScratch {
  return {
    stamp: new Uint32Array(n),
    weight: new Float32Array(n),
    exact: new Uint32Array(n),
    pairGen: new Uint32Array(n),
    pairs: new Uint32Array(n),
  };
}

export function createScratch(): Scratch {
  let gen = 0;
  let termGen = 0;
  const x: Scratch = {
    seen: new Uint32Array(0),
    tstamp: new Uint32Array(0),
    tscore: new Float32Array(0),
    estamp: new Uint32Array(0),
    exact: new Uint8Array(0),
    adjGen: new Uint32Array(0),
    adj: new Uint32Array(0),
    score: new Float64Array(0),
    cand: new Int32Array(0),
    article: groupScratch(0),
    doc: groupScratch(0),
    ensure(slots, articles, docs) {
      if (x.seen.length < slots) {
        const n = Math.max(1024, slots * 2);
        x.seen = new Uint32Array(n);
        x.tstamp = new Uint32Array(n);
        x.tscore = new Float32Array(n);
        x.estamp = new Uint32Array(n);
        x.exact = new Uint8Array(n);
        x.adjGen = new Uint32Array(n);
        x.adj = new Uint32Array(n);
        x.score = new Float64Array(n);
        x.cand = new Int32Array(n);
      }
      if (x.article.stamp.length < articles) x.article = groupScratch(Math.max(256, articles * 2));
      if (x.doc.stamp.length < docs) x.doc = groupScratch(Math.max(64, docs * 2));
    },
    nextGen() {
      if (gen === 0xffffffff) {
        x.seen.fill(0);
        x.adjGen.fill(0);
        x.article.pairGen.fill(0);
        x.doc.pairGen.fill(0);
        gen = 0;
      }
      return ++gen;
    },
    nextTermGen() {
      if (termGen === 0xffffffff) {
        for (const a of [
          x.tstamp,
          x.estamp,
          x.article.stamp,
          x.article.exact,
          x.doc.stamp,
          x.doc.exact,
        ])
          a.fill(0);
        termGen = 0;
      }
      return ++termGen;
    },
  };
  return x;
}
