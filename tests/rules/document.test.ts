import { describe, expect, it } from 'vitest';
import { isDocumentNumberLine } from '../../lib/rules/document';
import { innerDebrisLines } from '../../lib/normalize/boilerplate';
import { parseInfoLines } from '../../lib/normalize/byline';

const PROSE = '为做好嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作顺利进行，现将有关事项通告如下。';

describe('the document number (文号)', () => {
  it.each(['国发〔2023〕5号', '吉政明电〔2022〕1号', '泰政办发[2023]21号', '京政发【2019】第12号', ' 苏府（2020）3号 '])(
    '%s is a line of a document number',
    (line) => expect(isDocumentNumberLine(line)).toBe(true),
  );

  it.each(['根据国发〔2023〕5号文件精神，现通知如下：', '2023年5号', '〔2023〕5号', '国发〔2023〕'])('%s is not', (line) =>
    expect(isDocumentNumberLine(line)).toBe(false),
  );

  it('under a document title among the first lines leaves the body; the title above it stays', () => {
    expect([...innerDebrisLines(['关于小型微利企业所得税优惠政策有关问题的通知', '财税[2011]117号', PROSE])]).toEqual([1]);
    const longTitle = ['吉林省人民政府关于禁止在', '吉林省嫩江干流补充治理工程建设', '征占地范围内新增建设项目', '和迁入人口的通告'];
    expect([...innerDebrisLines([...longTitle, '吉政明电〔2022〕1号', PROSE])]).toEqual([4]);
    expect([...innerDebrisLines([PROSE, '财税[2011]117号', PROSE])]).toEqual([]);
  });

  it('is read from a labelled line whatever the label (发文字号 / 文号), brackets kept', () => {
    expect(parseInfoLines(['发文字号：\t吉政明电〔2022〕1号']).doc_no).toBe('吉政明电〔2022〕1号');
    expect(parseInfoLines(['文号：泰政办发〔2023〕21号 有效性：有效']).doc_no).toBe('泰政办发〔2023〕21号');
    expect(parseInfoLines(['發文字號：府授法字第 1120001 號']).doc_no).toBeNull();
  });
});
