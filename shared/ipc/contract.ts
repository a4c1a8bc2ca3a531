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
import { DocumentDetail } from './documents.ts';
import { RuleUpdate, RulesView } from './rules.ts';
import { SearchQuery, SearchResult } from './search.ts';
import { DocumentInventory } from './inventory.ts';
import {
  Decision,
  FindingDetail,
  FindingFilter,
  FindingRow,
  ManualFinding,
  ReviewProgress,
} from './findings.ts';
import { ChecklistView, GetInput, SetItemInput, TransitionInput } from './checklist.ts';
import { ExportInput, ReportEntry, VerifyInput, VerifyResult } from './reports.ts';

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
  'documents.import': {
    input: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10000) }).strict(),
    output: JobRef,
  },
  'documents.get': {
    input: z.object({ id: z.string().min(1), versionId: z.string().optional() }).strict(),
    output: DocumentDetail,
  },
  'documents.original': {
    input: z.object({ versionId: z.string().min(1) }).strict(),
    output: z.object({ format: z.string(), fileName: z.string(), base64: z.string() }),
  },
  'documents.remove': {
    input: z.object({ id: z.string().min(1) }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  'analysis.run': { input: NoInput, output: JobRef },
  'search.query': { input: SearchQuery, output: SearchResult },
  'inventory.get': {
    input: z.object({ documentId: z.string().min(1) }).strict(),
    output: DocumentInventory,
  },
  'rules.list': { input: NoInput, output: RulesView },
  'rules.update': { input: RuleUpdate, output: RulesView },
  'findings.list': {
    input: FindingFilter,
    output: z.object({ rows: z.array(FindingRow), total: z.number().int() }),
  },
  'findings.get': { input: z.object({ id: z.string().min(1) }).strict(), output: FindingDetail },
  'findings.decide': { input: Decision, output: FindingDetail },
  'findings.undo': {
    input: NoInput,
    output: z.object({ undone: FindingDetail.nullable(), removedId: z.string().nullable() }),
  },
  'findings.addManual': { input: ManualFinding, output: FindingDetail },
  'findings.forClauses': {
    input: z.object({ documentId: z.string().min(1) }).strict(),
    output: z.array(FindingRow.extend({ span: z.tuple([z.number().int(), z.number().int()]) })),
  },
  'review.progress': { input: NoInput, output: ReviewProgress },
  'ui.getState': { input: z.object({ key: z.string().max(100) }).strict(), output: z.unknown() },
  'ui.setState': {
    input: z.object({ key: z.string().max(100), value: z.unknown() }).strict(),
    output: z.object({}),
  },
  'checklist.get': { input: GetInput, output: ChecklistView },
  'checklist.setItem': { input: SetItemInput, output: ChecklistView },
  'checklist.transition': { input: TransitionInput, output: ChecklistView },
  'reports.export': { input: ExportInput, output: JobRef },
  'reports.list': { input: NoInput, output: z.array(ReportEntry) },
  'reports.verify': { input: VerifyInput, output: VerifyResult },
  'jobs.cancel': {
    input: z.object({ jobId: z.string().min(1) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export const events = {
  'job.progressed': JobProgress,
  'job.finished': JobFinished,
  'documents.changed': z.object({ reason: z.string() }),
  'findings.changed': z.object({ reason: z.string(), ids: z.array(z.string()) }),
  'checklist.changed': z.object({ reason: z.string(), version: z.number().int() }),
  'reports.changed': z.object({ file: z.string() }),
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
