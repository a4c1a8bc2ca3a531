/** The document checks over real regulations of the corpus, each clause classified by the real engine. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appliesTo,
  ruleDocKind,
  runDocChecks,
  type DocCheckInput,
} from '../../../shared/checks/index.ts';
import type { DocType } from '../../../shared/model/document.ts';
import type { DocKind } from '../../../shared/model/finding.ts';
import { CORPUS_DOCS } from '../../helpers/corpus.ts';
import { docFromText } from './doc-helper.ts';

type Doc = { file: string; docType: DocType; title?: string };

const QCLV_HCM: Doc = {
  file: '001-qclv-ban-qlda-dan-dung-cong-nghiep-tphcm.txt',
  docType: 'quy_che_lam_viec',
};
const QC_DU_LICH: Doc = {
  file: '004-qc-hoat-dong-bcd-nha-nuoc-ve-du-lich.txt',
  docType: 'quyet_dinh',
  title: 'Ban hành Quy chế hoạt động của Ban Chỉ đạo Nhà nước về du lịch',
};
const QCPH_NGHE_AN: Doc = {
  file: '006-qcph-van-phong-dang-ky-dat-dai-nghe-an.txt',
  docType: 'quy_che_phoi_hop',
};
const LUU_TRU: Doc = { file: '021-qc-cong-tac-luu-tru-bo-tai-chinh.txt', docType: 'quy_dinh' };
const ND_VAN_THU: Doc = { file: '032-nd-30-2020-cong-tac-van-thu.txt', docType: 'nghi_dinh' };

const cache = new Map<string, DocCheckInput>();
function load(d: Doc): DocCheckInput {
  let input = cache.get(d.file);
  if (!input) {
    const text = readFileSync(path.join(CORPUS_DOCS, d.file), 'utf8');
    input = docFromText(text, d.docType, d.title ? { title: d.title } : {});
    cache.set(d.file, input);
  }
  return input;
}
const kindsOf = (d: Doc): DocKind[] => runDocChecks(load(d)).map((f) => f.kind);

describe('document checks on corpus regulations', () => {
  it.each(
    [QCLV_HCM, QC_DU_LICH, QCPH_NGHE_AN, LUU_TRU, ND_VAN_THU].map((d) => [d.file, d] as const),
  )('%s: evidence names real clauses, kinds fit the document', (_f, d) => {
    const input = load(d);
    const ids = new Set(input.clauses.map((c) => c.id));
    const kind = ruleDocKind(d.docType, d.title);
    for (const f of runDocChecks(input)) {
      expect(appliesTo(f.kind, kind)).toBe(true);
      for (const id of f.evidence) expect(ids.has(id)).toBe(true);
    }
  });

  it("a working regulation that states the head regime and the director's accountability", () => {
    const kinds = kindsOf(QCLV_HCM);
    expect(kinds).not.toContain('DOC.no_head_regime');
    expect(kinds).not.toContain('DOC.no_head_responsibility');
    expect(kinds).not.toContain('DOC.no_supervision');
    // It never writes "tập trung dân chủ".
    expect(kinds).toContain('DOC.no_democratic_centralism');
  });

  it('a steering board that states democratic centralism and decides in meetings', () => {
    const kinds = kindsOf(QC_DU_LICH);
    expect(kinds).not.toContain('DOC.no_democratic_centralism');
    // Part-time members (chế độ kiêm nhiệm): no head-of-agency regime to ask for.
    expect(kinds).not.toContain('DOC.no_head_regime');
  });

  it('a coordination regulation: replies without deadlines, and the district level in its decision', () => {
    const found = runDocChecks(load(QCPH_NGHE_AN));
    const co = found.filter((f) => f.kind === 'DOC.coordination_without_deadline');
    expect(co.length).toBeGreaterThan(0);
    // Its Điều 6 sets a deadline in each request and makes the silent party answer for it.
    expect(co.flatMap((f) => f.evidence)).not.toContain('r6.1.a');
    const body = found.find((f) => f.kind === 'DOC.outdated_body');
    expect(body?.message.vi).toContain('cấp huyện');
  });

  it("a decree is a higher body's act: no document-level finding", () => {
    expect(kindsOf(ND_VAN_THU)).toEqual([]);
  });
});
