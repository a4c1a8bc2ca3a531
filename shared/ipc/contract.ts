/**
 * The one typed contract between the renderer and the backend. Methods are `namespace.verb`,
 * events `namespace.pastTense`. Inputs are parsed on the backend side of every transport.
 */
import { z } from 'zod';
import {
  AppInfo,
  DocumentSummary,
  JobFinished,
  JobProgress,
  JobRef,
  Preferences,
  WorkspaceInfo,
} from './schemas.ts';

const NoInput = z.object({}).strict();

export const methods = {
  'app.info': { input: NoInput, output: AppInfo },
  'settings.get': { input: NoInput, output: Preferences },
  'settings.set': { input: Preferences.partial().strict(), output: Preferences },
  'workspace.open': {
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: WorkspaceInfo,
  },
  'workspace.current': { input: NoInput, output: WorkspaceInfo.nullable() },
  'documents.list': { input: NoInput, output: z.array(DocumentSummary) },
  'jobs.cancel': {
    input: z.object({ jobId: z.string().min(1) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export const events = {
  'job.progressed': JobProgress,
  'job.finished': JobFinished,
  'documents.changed': z.object({ reason: z.string() }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** The backend implements this; the renderer's client calls it. */
export type Api = {
  [M in MethodName]: (input: z.output<Methods[M]['input']>) => Promise<MethodOutput<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

export { JobRef };
