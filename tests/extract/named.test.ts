import { describe, expect, it } from 'vitest';
import { withExtractionMemo } from '../../lib/extract/dom';
import { hasName, isHeading, mayBeCentred, namedElements } from '../../lib/extract/named';
import { loadDocument } from './helpers';

const PAGE = `<!DOCTYPE html><html><head><title>t</title></head><body>
  <div class="nav"><a href="/">首页</a><span>栏目</span></div>
  <h1>关于印发某某办法的通知</h1><h5>副标题</h5>
  <p align="center"><b>居中标题</b></p><span style="x">样式</span>
  <div id="zoom"><p>正文。</p><p class="">空的类名</p></div>
</body></html>`;

describe('namedElements', () => {
  it('finds headings and elements with a class, id, align or style, in document order', () => {
    const doc = loadDocument(PAGE);
    const tags = namedElements(doc).map((el) => el.tagName.toLowerCase());
    expect(tags).toEqual(['div', 'h1', 'h5', 'p', 'span', 'div', 'p']);
  });

  it('walks the page once an extraction', () => {
    const doc = loadDocument(PAGE);
    withExtractionMemo(() => expect(namedElements(doc)).toBe(namedElements(doc)));
  });

  it('tells headings, named elements and what may be centred apart', () => {
    const doc = loadDocument(PAGE);
    const [nav, h1, , centred, span, zoom, emptyClass] = namedElements(doc);
    expect(isHeading(h1!)).toBe(true);
    expect(isHeading(nav!)).toBe(false);
    expect([nav, zoom, emptyClass].every((el) => hasName(el!))).toBe(true);
    expect(hasName(centred!)).toBe(false);
    expect(mayBeCentred(centred!)).toBe(true);
    // Only paragraphs, cells and boxes are centred titles.
    expect(mayBeCentred(span!)).toBe(false);
  });
});
