/** The one gate every transport goes through: known method, parsed input, Result out. */
import { AppError, toErrorInfo } from '../../shared/errors.ts';
import { isMethodName, methods, type Api } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/result.ts';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export function createDispatcher(api: Api, onInternalError?: (err: unknown) => void): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'method.unknown', message: `Phương thức không tồn tại: ${method}` },
      };
    }
    const parsed = methods[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.join('.') || '(đầu vào)';
      return {
        ok: false,
        error: {
          code: 'input.invalid',
          message: `Dữ liệu không hợp lệ cho ${method}: ${where} — ${first?.message ?? ''}`,
        },
      };
    }
    try {
      const handler = api[method] as (i: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (err) {
      if (!(err instanceof AppError) || !err.isUserError) onInternalError?.(err);
      return { ok: false, error: toErrorInfo(err) };
    }
  };
}
