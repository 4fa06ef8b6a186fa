// Every page fixture (tests/fixtures/pages/<name>/page.html) extracted as the extension does, and compared with
// what its expected.json says a reader checks. A rule's own tests stay beside the rule, on inline pages.
import { describe, expect, it } from 'vitest';
import { fixturePages } from '../../scripts/serve';
import { checkFields, checkText, parseExpected, pageText, refuseUnfailingGone } from './expected';
import { extractFixture, loadDocument } from './helpers';

for (const { name } of fixturePages()) {
  const { article, html, expected: json } = extractFixture(name);
  const expected = parseExpected(name, json);
  const ownText = pageText(loadDocument(html));
  refuseUnfailingGone(name, expected.text.gone, ownText, article.script_original === 'zh-Hant');
  refuseUnfailingGone(name, expected.textOriginal?.gone, ownText, false);

  describe(`${name}: ${expected.about}`, () => {
    it('gives the fields a reader checks', () => {
      checkFields(name, expected.fields, article);
    });

    it(expected.article ? 'gives the body text' : 'has no article', () => {
      if (!expected.article) expect(article.text).toBe('');
      checkText(name, expected.text, article.text);
    });

    const original = expected.textOriginal;
    if (original !== undefined) {
      it(original ? 'keeps the text before conversion, line for line' : 'has no text before conversion', () => {
        if (!original) return expect(article.text_original).toBeNull();
        expect(article.text_original).not.toBeNull();
        expect(article.text_original!.split('\n')).toHaveLength(article.text.split('\n').length);
        checkText(`${name} (text_original)`, original, article.text_original!);
      });
    }
  });
}

describe('duplicate-county and duplicate-city (one 通稿 on two sites)', () => {
  it('differ only in the changed last sentence once the in-body 来源 line is stripped', () => {
    const county = extractFixture('duplicate-county').article.text.split('\n');
    const city = extractFixture('duplicate-city').article.text.split('\n');
    expect(county.slice(0, -1)).toEqual(city.slice(0, -1));
    expect(county.at(-1)).not.toBe(city.at(-1));
  });
});
