/** Messages between the parse child process and its parent. */
import type { ErrorInfo } from '../../../shared/errors.ts';
import type { ExtractedText, ParsedDocument } from '../../../shared/model/document.ts';

export type ChildMode = 'parse' | 'extract';

export type ChildRequest = { id: number; file: string; mode: ChildMode; maxBytes?: number };

export type ChildResult<M extends ChildMode> = M extends 'parse' ? ParsedDocument : ExtractedText;

export type ChildResponse =
  | { id: number; ok: true; value: ParsedDocument | ExtractedText }
  | { id: number; ok: false; error: ErrorInfo };

export function isChildRequest(v: unknown): v is ChildRequest {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'number' &&
    typeof r.file === 'string' &&
    (r.mode === 'parse' || r.mode === 'extract') &&
    (r.maxBytes === undefined || typeof r.maxBytes === 'number')
  );
}

export function isChildResponse(v: unknown): v is ChildResponse {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.id === 'number' && typeof r.ok === 'boolean';
}
