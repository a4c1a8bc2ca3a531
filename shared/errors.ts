/** One error type with string codes. `user` errors are the reader's to fix; others are ours. */
export type ErrorCode =
  | 'document.encrypted'
  | 'document.image_only'
  | 'document.corrupt'
  | 'document.unsupported'
  | 'document.too_large'
  | 'document.timeout'
  | 'document.not_found'
  | 'workspace.not_open'
  | 'workspace.too_new'
  | 'workspace.unreadable'
  | 'input.invalid'
  | 'method.unknown'
  | 'auth.denied'
  | 'job.cancelled'
  | 'job.not_found'
  | 'rules.invalid'
  | 'checklist.frozen'
  | 'checklist.invalid_transition'
  | 'internal';

const USER_CODES = new Set<ErrorCode>([
  'document.encrypted',
  'document.image_only',
  'document.corrupt',
  'document.unsupported',
  'document.too_large',
  'document.timeout',
  'document.not_found',
  'workspace.not_open',
  'workspace.too_new',
  'workspace.unreadable',
  'input.invalid',
  'rules.invalid',
  'checklist.frozen',
  'checklist.invalid_transition',
  'auth.denied',
]);

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'AppError';
  }
  get isUserError(): boolean {
    return USER_CODES.has(this.code);
  }
}

/** The wire form of an error: code and a message fit to show. */
export type ErrorInfo = { code: string; message: string };

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `Lỗi nội bộ: ${message}` };
}
