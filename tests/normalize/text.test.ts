import { describe, expect, it } from 'vitest';
import { blocksToLines, normalizeText } from '../../lib/normalize/text';

describe('normalizeText', () => {
  it('turns NBSP into spaces and removes zero-width characters, BOM and soft hyphens', () => {
    expect(normalizeText('\uFEFF来源:\u00A0政法委\u200B\u200C\u200D\u2060浏览\u00ADdata')).toBe('来源: 政法委浏览data');
  });

  it('removes full-width indentation at line starts and trailing spaces', () => {
    expect(normalizeText('\u3000\u3000第一段。  \n\u3000\u3000第二段。\u3000')).toBe('第一段。\n第二段。');
  });

  it('collapses runs of blank lines and trims blank lines at the ends', () => {
    expect(normalizeText('\n\n一\n\n\n\n二\r\n\r\n\r\n三\n\n')).toBe('一\n\n二\n\n三');
  });

  it('keeps NFC by default and applies NFKC on request', () => {
    const s = 'ｅ\u0301２０２２';
    expect(normalizeText(s)).toBe('ｅ\u0301２０２２'.normalize('NFC'));
    expect(normalizeText(s, 'NFKC')).toBe('é2022');
  });

  it('keeps tabs inside a line', () => {
    expect(normalizeText('姓名\t职务')).toBe('姓名\t职务');
  });
});

describe('blocksToLines', () => {
  it('joins breaks between CJK characters without a space', () => {
    expect(blocksToLines(['全会以习近平新时代中国特色社\n会主义思想为指导。'])).toEqual(['全会以习近平新时代中国特色社会主义思想为指导。']);
  });

  it('joins breaks between Latin words with one space', () => {
    expect(blocksToLines(['All Rights\nReserved'])).toEqual(['All Rights Reserved']);
  });

  it('keeps the tabs of table rows and drops empty blocks', () => {
    expect(blocksToLines(['姓名\t职务', '', '  \u3000 ', '张三\t书记'])).toEqual(['姓名\t职务', '张三\t书记']);
  });

  it('normalizes each block and collapses space runs inside it', () => {
    expect(blocksToLines(['\u3000\u3000发布时间:2022-07-01\u00A0\u00A0来源:政法委'])).toEqual(['发布时间:2022-07-01 来源:政法委']);
  });

  it('applies the requested Unicode form', () => {
    expect(blocksToLines(['２０２２年'], 'NFKC')).toEqual(['2022年']);
  });
});
