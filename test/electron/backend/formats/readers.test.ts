import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../../electron/backend/formats/read.ts';
import { sourceOutline } from '../../../../scripts/eval-structure.ts';
import {
  DEFAULT_DOC_IDS,
  DOC_FORMATS,
  ensureFixtures,
  fixtureFile,
  type Fixtures,
} from '../../../../scripts/make-fixtures.ts';

let fixtures: Fixtures;

beforeAll(async () => {
  fixtures = await ensureFixtures();
}, 300_000);

const cases = DEFAULT_DOC_IDS.flatMap((id) => DOC_FORMATS.map((format) => [id, format] as const));

describe('every reader returns every article and khoản of the source, in order', () => {
  it.each(cases)('%s.%s', async (id, format) => {
    const doc = fixtures.docs.find((d) => d.id === id);
    if (!doc) throw new Error(`no fixture for ${id}`);
    const expected = sourceOutline(fs.readFileSync(doc.source, 'utf8'));
    const extracted = await readDocument(fixtureFile(id, format));
    const found = sourceOutline(extracted.text);
    expect(expected.articles.length).toBeGreaterThan(3);
    expect(found.articles).toEqual(expected.articles);
    expect(found.clauses).toEqual(expected.clauses);
    expect(extracted.text.normalize('NFC')).toBe(extracted.text);
  });
});

describe('PDF', () => {
  it('drops running headers and page numbers and keeps page offsets', async () => {
    const extracted = await readDocument(fixtureFile('004', 'pdf'));
    const lines = extracted.text.split('\n');
    expect(lines.some((l) => /^Trang \d+\/\d+$/.test(l))).toBe(false);
    // The header "Trưởng Ban Chỉ đạo … – 170/QĐ-BCĐNNDL" sat on every page.
    expect(lines.filter((l) => l.includes('– 170/QĐ-BCĐNNDL'))).toEqual([]);
    const pages = extracted.pages ?? [];
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((p, i) => {
      expect(p.page).toBe(i + 1);
      expect(p.start).toBeLessThanOrEqual(p.end);
      if (i > 0) expect(p.start).toBe(pages[i - 1]?.end);
    });
    expect(pages.at(-1)?.end).toBe(extracted.text.length);
    // Page 2 starts where the second page's first paragraph starts.
    expect(extracted.text.slice(pages[1]?.start ?? 0)).toMatch(/^- Lưu: VT, BCĐNNDL/);
  });

  it('drops bare page numbers in the footer', async () => {
    const extracted = await readDocument(fixtureFile('010', 'pdf'));
    expect(extracted.text.split('\n').filter((l) => /^\d+$/.test(l))).toEqual([]);
  });

  it('joins wrapped lines back into one paragraph', async () => {
    const extracted = await readDocument(fixtureFile('004', 'pdf'));
    expect(extracted.text).toContain(
      '\n1. Quy chế này quy định về nguyên tắc làm việc, nhiệm vụ và quyền hạn, chế độ làm việc và quan hệ công tác của Ban Chỉ đạo Nhà nước về Du lịch (gọi tắt là Ban Chỉ đạo).\n',
    );
  });
});

describe('DOCX numbering', () => {
  it('puts Word auto-numbering labels back, restarting in each article', async () => {
    const extracted = await readDocument(fixtureFile('004', 'docx'));
    const lines = extracted.text.split('\n');
    const at = lines.indexOf('Điều 2. Nguyên tắc làm việc');
    expect(lines.slice(at + 1, at + 4).map((l) => l.slice(0, 3))).toEqual(['1. ', '2. ', '3. ']);
    expect(lines).toContain(
      'a) Chỉ đạo việc phối hợp hoạt động của các bộ, ngành và địa phương liên quan trong việc xây dựng và tổ chức triển khai thực hiện chiến lược, chương trình, kế hoạch quốc gia về phát triển du lịch trong từng giai đoạn, thời kỳ phù hợp với mục tiêu phát triển kinh tế - xã hội của đất nước;',
    );
  });

  it('the fixture really has no label text in its khoản paragraphs', async () => {
    const { openZip } = await import('../../../../electron/backend/formats/zip.ts');
    const zip = await openZip(fs.readFileSync(fixtureFile('004', 'docx')));
    const xml = (await zip.read('word/document.xml'))?.toString('utf8') ?? '';
    zip.close();
    expect(xml).toContain('<w:numPr>');
    expect(xml).not.toContain('>1. Quy chế này quy định');
    expect(xml).toContain('>Quy chế này quy định');
  });
});

describe('legacy encodings', () => {
  it('reads a TCVN3 DOCX (".VnTime" and ".VnTimeH" runs) as Unicode and says so', async () => {
    const extracted = await readDocument(fixtureFile('004', 'tcvn3'));
    expect(extracted.text).toContain(
      'QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH',
    );
    expect(extracted.warnings.join(' ')).toMatch(/TCVN3/);
  });

  it('reads a VNI text file as Unicode and says so', async () => {
    const extracted = await readDocument(fixtureFile('022', 'vni'));
    expect(extracted.text).toBe(await readDocument(fixtureFile('022', 'txt')).then((e) => e.text));
    expect(extracted.warnings.join(' ')).toMatch(/VNI/);
  });
});
