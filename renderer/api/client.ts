/** The renderer's one door to the backend: typed calls, unwrapped results, typed events. */
import { AppError, type ErrorCode } from '../../shared/errors.ts';
import {
  events as eventSchemas,
  isEventName,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../shared/ipc/contract.ts';
import { pickTransport, type Transport } from './transport.ts';

let transport: Transport | null = null;
const t = (): Transport => (transport ??= pickTransport());

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();
let unsubscribe: (() => void) | null = null;

export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const res = await t().invoke(method, input);
  if (!res.ok) throw new AppError(res.error.code as ErrorCode, res.error.message);
  return res.value as MethodOutput<M>;
}

export function subscribe<E extends EventName>(
  name: E,
  fn: (payload: EventPayload<E>) => void,
): () => void {
  unsubscribe ??= t().on((n, payload) => {
    if (!isEventName(n)) return;
    const parsed = eventSchemas[n].safeParse(payload);
    if (!parsed.success) return;
    for (const l of listeners.get(n) ?? []) l(parsed.data);
  });
  const set = listeners.get(name) ?? new Set<Listener>();
  set.add(fn as Listener);
  listeners.set(name, set);
  return () => set.delete(fn as Listener);
}

export function pathForFile(file: File): Promise<string> {
  return t().pathForFile(file);
}
