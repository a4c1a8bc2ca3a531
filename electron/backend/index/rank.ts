/** Picks the first `k` slots under a comparator without sorting every match (a bounded heap). */
export type Compare = (a: number, b: number) => number;

/** The `k` smallest slots under `cmp`, in order. */
export function topK(slots: ArrayLike<number>, k: number, cmp: Compare): number[] {
  if (k <= 0) return [];
  if (slots.length <= k * 4) return Array.from(slots).sort(cmp).slice(0, k);
  // Max-heap of the best k seen so far: the root is the worst of them.
  const heap: number[] = [];
  const worse = (i: number, j: number): boolean => cmp(heap[i] ?? 0, heap[j] ?? 0) > 0;
  const swap = (i: number, j: number): void => {
    const t = heap[i] ?? 0;
    heap[i] = heap[j] ?? 0;
    heap[j] = t;
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(l, m)) m = l;
      if (r < heap.length && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i] ?? 0;
    if (heap.length < k) {
      heap.push(s);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (!worse(i, p)) break;
        swap(i, p);
        i = p;
      }
    } else if (cmp(s, heap[0] ?? 0) < 0) {
      heap[0] = s;
      down(0);
    }
  }
  return heap.sort(cmp);
}
