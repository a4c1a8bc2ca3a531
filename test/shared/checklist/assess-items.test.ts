/** Checklist items C3–C12 from document findings, clause findings and the inventory. */
import { describe } from 'vitest';
import { SET, cf, df, doc, row, checkCases, type Case } from './fixtures.ts';

const CASES: Case[] = [
  [
    'principle missing',
    'C3',
    [doc('a', 'quy_che_lam_viec', { docFindings: [df('DOC.no_democratic_centralism')] })],
    'needs_revision',
  ],
  ['principle stated', 'C3', SET, 'met'],
  ['no working regulation to judge', 'C3', [SET[2]!], 'not_assessed'],
  [
    'not a state administrative body',
    'C4',
    [doc('a', 'quy_che_lam_viec', { docFindings: [df('DOC.no_head_regime')] })],
    'not_applicable',
    { unitIsStateAdministrative: false },
  ],
  [
    'head regime missing',
    'C4',
    [doc('a', 'quy_che_lam_viec', { docFindings: [df('DOC.no_head_regime')] })],
    'needs_revision',
  ],
  [
    'no head article',
    'C5',
    [doc('a', 'quy_che_lam_viec', { docFindings: [df('DOC.no_head_responsibility')] })],
    'needs_revision',
  ],
  [
    'clause with no actor',
    'C6',
    [doc('a', 'quy_trinh', { clauseFindings: [cf('a:3', 'RESP.no_actor')] })],
    'needs_revision',
  ],
  [
    'dismissed no-actor finding',
    'C6',
    [doc('a', 'quy_trinh', { clauseFindings: [cf('a:3', 'RESP.no_actor', 'dismissed')] })],
    'met',
  ],
  [
    'coordination without deadline',
    'C7',
    [
      doc('b', 'quy_che_phoi_hop', {
        docFindings: [df('DOC.coordination_without_deadline', ['b:2'])],
      }),
    ],
    'needs_revision',
  ],
  [
    'an added approval',
    'C8',
    [doc('a', 'quy_trinh', { inventory: [row('a:1', 'PROC.approval')] })],
    'needs_revision',
  ],
  [
    'an approval justified by law',
    'C8',
    [
      doc('a', 'quy_trinh', {
        inventory: [row('a:1', 'PROC.approval')],
        clauseFindings: [cf('a:1', 'PROC.approval', 'dismissed')],
      }),
    ],
    'met',
  ],
  [
    'a time limit is not a C8 procedure',
    'C8',
    [doc('a', 'quy_trinh', { inventory: [row('a:1', 'PROC.time')] })],
    'met',
  ],
  [
    'a fee',
    'C9',
    [doc('a', 'quy_trinh', { inventory: [row('a:1', 'PROC.fee', { bearer: 'citizen' })] })],
    'needs_revision',
  ],
  [
    'a limit over the norm',
    'C10',
    [
      doc('a', 'quy_trinh', {
        inventory: [row('a:1', 'PROC.time', { timeLimit: { days: 30, unit: 'working' } })],
      }),
    ],
    'needs_revision',
  ],
  [
    'a limit within the norm',
    'C10',
    [
      doc('a', 'quy_trinh', {
        inventory: [row('a:1', 'PROC.time', { timeLimit: { days: 15, unit: 'working' } })],
      }),
    ],
    'met',
  ],
  [
    'a limit within a configured norm',
    'C10',
    [
      doc('a', 'quy_trinh', {
        inventory: [row('a:1', 'PROC.time', { timeLimit: { days: 30, unit: 'working' } })],
      }),
    ],
    'met',
    { timeNorm: { working: 30, calendar: 45 } },
  ],
  [
    'an extension with no bound',
    'C10',
    [doc('a', 'quy_trinh', { inventory: [row('a:1', 'PROC.time', { extension: 'unbounded' })] })],
    'needs_revision',
  ],
  [
    'a vague deadline',
    'C10',
    [doc('a', 'quy_trinh', { clauseFindings: [cf('a:4', 'RESP.vague_time')] })],
    'needs_revision',
  ],
  [
    'escalation',
    'C11',
    [doc('a', 'quy_trinh', { clauseFindings: [cf('a:4', 'RESP.escalation')] })],
    'needs_revision',
  ],
  ['no escalation', 'C11', SET, 'met'],
  [
    'no supervision',
    'C12',
    [doc('a', 'quy_che_lam_viec', { docFindings: [df('DOC.no_supervision')] })],
    'needs_revision',
  ],
];

describe('assessChecklist', () => {
  checkCases(CASES);
});
