import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../electron/backend/formats/docx.ts';
import { encodeTcvn3 } from '../../../../electron/backend/formats/tcvn3.ts';
import { encodeVni } from '../../../../electron/backend/formats/vni.ts';
import { AppError } from '../../../../shared/errors.ts';
import { zipArchive } from '../../../../scripts/make-fixtures.ts';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

function docx(body: string, parts: { numbering?: string; styles?: string } = {}): Buffer {
  const entries = [
    {
      name: 'word/document.xml',
      data: Buffer.from(
        `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
      ),
    },
  ];
  if (parts.numbering)
    entries.push({
      name: 'word/numbering.xml',
      data: Buffer.from(`<w:numbering ${W}>${parts.numbering}</w:numbering>`),
    });
  if (parts.styles)
    entries.push({
      name: 'word/styles.xml',
      data: Buffer.from(`<w:styles ${W}>${parts.styles}</w:styles>`),
    });
  return zipArchive(entries);
}

const p = (runs: string, pPr = ''): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const r = (text: string, font?: string): string =>
  `<w:r>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>` : ''}<w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`;

const DECIMAL =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

describe('readDocx', () => {
  it('keeps visible text only: no deleted text, field codes or fallback copies', async () => {
    const body = p(
      r('Điều 1. ') +
        '<w:del><w:r><w:delText>bị xóa </w:delText></w:r></w:del>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        r('Phạm vi') +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        '<mc:AlternateContent><mc:Choice Requires="wps"></mc:Choice><mc:Fallback>' +
        r(' bản sao') +
        '</mc:Fallback></mc:AlternateContent>',
    );
    const out = await readDocx(docx(body));
    expect(out.text).toBe('Điều 1. Phạm vi\n');
  });

  it('turns tabs into spaces and line breaks into new lines', async () => {
    const out = await readDocx(
      docx(p(r('a)') + '<w:r><w:tab/></w:r>' + r('Một') + '<w:r><w:br/></w:r>' + r('Hai'))),
    );
    expect(out.text).toBe('a) Một\nHai\n');
  });

  it('labels paragraphs numbered through their style ("List Number")', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Khoan"><w:basedOn w:val="ListNumber"/></w:style>';
    const body =
      p(r('Điều 3. Trách nhiệm')) +
      p(r('Một'), '<w:pStyle w:val="ListNumber"/>') +
      p(r('Hai'), '<w:pStyle w:val="Khoan"/>') +
      p(r('Không số'), '<w:pStyle w:val="Khoan"/><w:numPr><w:numId w:val="0"/></w:numPr>');
    const out = await readDocx(docx(body, { numbering: DECIMAL, styles }));
    expect(out.text).toBe('Điều 3. Trách nhiệm\n1. Một\n2. Hai\nKhông số\n');
  });

  it('converts runs in VNI and TCVN3 fonts, including the capitals-only ".VnTimeH"', async () => {
    const tcvn = encodeTcvn3('Điều 2. QUYẾT ĐỊNH thi hành')
      .map((s) => r(s.text, s.upper ? '.VnTimeH' : '.VnTime'))
      .join('');
    const body =
      p(tcvn) +
      p(r(encodeVni('Trách nhiệm của người đứng đầu'), 'VNI-Times')) +
      p(r('Unicode giữ nguyên', 'Times New Roman'));
    const out = await readDocx(docx(body));
    expect(out.text).toBe(
      'Điều 2. QUYẾT ĐỊNH thi hành\nTrách nhiệm của người đứng đầu\nUnicode giữ nguyên\n',
    );
    expect(out.warnings).toHaveLength(1);
  });

  it('finds TCVN3 text by its characters when the font names were lost', async () => {
    const text = encodeTcvn3(
      'Điều 5. Cán bộ được giao nhiệm vụ phải hoàn thành đúng thời hạn quy định',
    )
      .map((s) => s.text)
      .join('');
    const out = await readDocx(docx(p(r(text, 'Arial'))));
    expect(out.text).toBe(
      'Điều 5. Cán bộ được giao nhiệm vụ phải hoàn thành đúng thời hạn quy định\n',
    );
    expect(out.warnings.join(' ')).toMatch(/TCVN3/);
  });

  it('a zip without a Word document part is unsupported', async () => {
    const zip = zipArchive([{ name: 'content.xml', data: Buffer.from('<x/>') }]);
    await expect(readDocx(zip)).rejects.toMatchObject({ code: 'document.unsupported' });
  });

  it('a highly compressed large entry is refused before inflating (ratio check)', async () => {
    const zip = zipArchive([
      { name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20) },
    ]);
    const err = await readDocx(zip).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'document.too_large' });
    expect((err as Error).message).toMatch(/tỉ lệ nén/);
  });
});
