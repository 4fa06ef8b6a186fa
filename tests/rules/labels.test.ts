// Invariants of the label table: every label is recognised in every position the table allows it.
import { describe, expect, it } from 'vitest';
import { parseInfoLines } from '../../lib/normalize/byline';
import { isBoilerplateLine, stripBoilerplateLines } from '../../lib/normalize/boilerplate';
import { creditNames, readCredit } from '../../lib/rules/credit';
import { INFO_LABEL, LABELS, labelForms, META_LABEL, CREDIT_BAR } from '../../lib/rules/labels';
import { isInfoLine } from '../../lib/extract/info';
import { BARS } from '../../lib/rules/prose';

const PERSON_FIELDS = new Set(['author', 'editor']);
const BODY = ['市委常委会召开会议，传达学习全会精神，研究部署我市贯彻落实工作，会议由市委书记主持。'];

describe('the label table', () => {
  it('has one row a label, and no form twice', () => {
    const forms = labelForms(() => true);
    expect(new Set(forms).size).toBe(forms.length);
  });

  for (const row of LABELS) {
    const forms = row.traditional ? [row.label, row.traditional] : [row.label];
    for (const label of forms) {
      describe(`${label} (${row.field})`, () => {
        it.skipIf(row.marker)('marks a metadata line with a colon', () => {
          const line = row.bounded ? `【${label}：张建国】` : `${label}：张建国`;
          expect(META_LABEL.test(line)).toBe(true);
        });

        if (row.info && !row.bounded) {
          it('marks an info line around the title', () => {
            expect(INFO_LABEL.test(`${label}：张建国`)).toBe(true);
            expect(isInfoLine(`${label}：张建国`)).toBe(true);
          });
        }

        if (PERSON_FIELDS.has(row.field)) {
          it('gives its field from an info line, a tail line, a credit bar and a credit parenthesis', () => {
            const expected = row.field === 'author' ? { author: '张建国' } : { editor: '张建国' };
            expect(parseInfoLines([`${label}：张建国`])).toMatchObject(expected);
            if (row.credit) {
              expect(parseInfoLines([`${label}|张建国`])).toMatchObject(expected);
              expect(parseInfoLines([`（${label}：张建国）`])).toMatchObject(expected);
              const credit = readCredit(`${label}：张建国`);
              expect(credit && creditNames(credit, row.field)).toEqual(['张建国']);
            }
          });

          it('never stays in the body as a line of its own at the tail', () => {
            const line = `${label}：张建国`;
            expect(stripBoilerplateLines([...BODY, line]).lines).toEqual(BODY);
          });
        }

        if (row.credit && (row.field === 'author' || row.field === 'editor' || row.field === 'source')) {
          it.skipIf(row.marker)('opens a credit bar, with every bar pages write', () => {
            for (const bar of BARS) {
              expect(CREDIT_BAR.test(`${label}${bar}张建国`)).toBe(true);
              expect(stripBoilerplateLines([...BODY, `${label}${bar}张建国`]).lines).toEqual(BODY);
            }
          });
        }

        if (row.bare && PERSON_FIELDS.has(row.field)) {
          it('takes a name without a colon', () => {
            expect(parseInfoLines([`（${label} 张建国）`])).toMatchObject({ author: '张建国' });
          });
        }

        if (row.bare && row.field === 'other') {
          it('makes a line of metadata with a space for its colon', () => {
            expect(isBoilerplateLine(`${label} 江苏13个设区市党报及官方发布`)).toBe(true);
          });
        }
      });
    }
  }
});

describe('lines made only of labels and names', () => {
  const roles = labelForms((r) => r.credit && (r.field === 'author' || r.field === 'editor') && !r.bounded);
  const names = ['王建国', '李琴雯', '欧阳明'];
  it('never stay in the body, at its head or its tail', () => {
    for (const a of roles) {
      for (const b of roles.slice(0, 6)) {
        const line = `${a}：${names[0]} ${b}：${names[1]}、${names[2]}`;
        expect(isBoilerplateLine(line), line).toBe(true);
      }
    }
  });
});
