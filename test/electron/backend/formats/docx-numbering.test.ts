import { describe, expect, it } from 'vitest';
import {
  NumberingCounter,
  parseNumbering,
} from '../../../../electron/backend/formats/docx-numbering.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function lvl(ilvl: number, fmt: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

// abstract 0: khoản "1." with điểm "a)" below; abstract 1: bullets "-" / "+"; abstract 2: roman with legal numbering.
const NUMBERING = `<?xml version="1.0"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '%2)')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '')}${lvl(1, 'bullet', '+')}</w:abstractNum>
<w:abstractNum w:abstractNumId="2">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%1.%2.', '<w:isLgl/>')}${lvl(2, 'decimal', '(%3)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>`;

type Step = [numId: string, ilvl: number, label: string];

const cases: [string, Step[]][] = [
  [
    'khoản and điểm, điểm restarting under each khoản',
    [
      ['1', 0, '1.'],
      ['1', 1, 'a)'],
      ['1', 1, 'b)'],
      ['1', 0, '2.'],
      ['1', 1, 'a)'],
    ],
  ],
  [
    'a second num on the same abstract continues the count (Word counts per abstractNum)',
    [
      ['1', 0, '1.'],
      ['1', 0, '2.'],
      ['2', 0, '3.'],
    ],
  ],
  [
    'startOverride restarts the count the first time its num is used, then it continues',
    [
      ['1', 0, '1.'],
      ['1', 0, '2.'],
      ['3', 0, '1.'],
      ['3', 0, '2.'],
      ['4', 0, '5.'],
      ['4', 0, '6.'],
    ],
  ],
  [
    'bullets become "-" and "+"',
    [
      ['5', 0, '-'],
      ['5', 1, '+'],
      ['5', 0, '-'],
    ],
  ],
  [
    'roman, legal numbering and a level that never restarts',
    [
      ['6', 0, 'I.'],
      ['6', 1, '1.1.'],
      ['6', 2, '(1)'],
      ['6', 0, 'II.'],
      ['6', 1, '2.1.'],
      ['6', 2, '(2)'],
    ],
  ],
  [
    'a level redefined in the num itself',
    [
      ['7', 0, '3)'],
      ['7', 0, '4)'],
    ],
  ],
  [
    'numId 0 and unknown nums have no label',
    [
      ['0', 0, ''],
      ['99', 0, ''],
    ],
  ],
];

describe('NumberingCounter', () => {
  it.each(cases)('%s', (_name, steps) => {
    const counter = new NumberingCounter(parseNumbering(NUMBERING));
    expect(steps.map(([numId, ilvl]) => counter.next(numId, ilvl))).toEqual(steps.map((s) => s[2]));
  });

  it('counts letters past z as Word does', () => {
    const xml = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const counter = new NumberingCounter(parseNumbering(xml));
    const labels = Array.from({ length: 28 }, () => counter.next('1', 0));
    expect(labels.slice(24)).toEqual(['y)', 'z)', 'aa)', 'bb)']);
  });
});
