import { describe, expect, it } from 'vitest';
import { withExtractionMemo } from '../../lib/extract/dom';
import { hasName, isHeading, mayBeCentred, namedBlocks } from '../../lib/extract/named';
import { loadDocument } from './helpers';

const PAGE = `<!DOCTYPE html><html><head><title>t</title></head><body>
  <div class="nav"><a class="home" href="/">首页</a><span class="date">2023-06-15</span></div>
  <h1>关于印发某某办法的通知</h1><h5>副标题</h5>
  <p align="center"><b>居中标题</b></p><span style="x">样式</span>
  <div id="zoom"><p>正文。</p><p class="">空的类名</p><p>无名段落</p></div>
</body></html>`;

describe('namedBlocks', () => {
  it('finds headings and non-inline elements with a class, id, align or style, in document order', () => {
    const doc = loadDocument(PAGE);
    const tags = namedBlocks(doc).map((el) => el.tagName.toLowerCase());
    // The classed link and date and the styled span are inline: never a title, left out.
    expect(tags).toEqual(['div', 'h1', 'h5', 'p', 'div', 'p']);
  });

  it('queries the page once an extraction', () => {
    const doc = loadDocument(PAGE);
    withExtractionMemo(() => expect(namedBlocks(doc)).toBe(namedBlocks(doc)));
  });

  it('tells headings, named elements and what may be centred apart', () => {
    const doc = loadDocument(PAGE);
    const [nav, h1, , centred, zoom, emptyClass] = namedBlocks(doc);
    expect(isHeading(h1!)).toBe(true);
    expect(isHeading(nav!)).toBe(false);
    expect([nav, zoom, emptyClass].every((el) => hasName(el!))).toBe(true);
    expect(hasName(centred!)).toBe(false);
    expect(mayBeCentred(centred!)).toBe(true);
    // Only paragraphs, cells and boxes are centred titles.
    expect(mayBeCentred(doc.querySelector('span[style]')!)).toBe(false);
  });
});
