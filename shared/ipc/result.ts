import type { ErrorInfo } from '../errors.ts';

/** Every answer across the boundary has this shape. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
