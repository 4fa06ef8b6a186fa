import { describe, expect, it } from 'vitest';
import { weighElements } from '../../lib/extract/density';
import { extractPage } from '../../lib/extract/index';
import { normalizeArticle } from '../../lib/normalize/article';
import { loadDocument } from './helpers';

function bodyOf(body: string): string {
  const doc = loadDocument(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
  return normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://x.example.cn/a.html' })).text;
}

const LONG_PARAGRAPH =
  '据介绍，这是研究院连续第八年发布此报告。今年，两家本土酒企首次与多家国际品牌并列登榜，其中一家以一百二十亿美元的品牌价值位列第四，高于多家国际汽车和时装品牌；另一家的品牌价值为七十亿美元，排在第七位，同类商品中也名列前茅。';

describe('prose runs across inline elements', () => {
  it('counts a sentence split by a bold lead-in, a linked name and entities as prose', () => {
    const doc = loadDocument(
      '<div><p>　　<strong>本网综合</strong> 昨日，研究院发布的&ldquo;富豪品牌倾向报告&rdquo;中，<a href="/s/1">某酒企</a>与多家国际品牌同时出现在&ldquo;最值钱品牌&rdquo;榜上。</p></div>',
    );
    const p = doc.querySelector('p')!;
    const w = weighElements(p).get(p)!;
    // Everything but the link (3 characters) and the indentation reads as prose.
    expect(w.prose).toBe(w.text - 3);
    expect(w.link).toBe(3);
  });

  it('keeps a lead paragraph made of short inline pieces beside a long paragraph', () => {
    const text = bodyOf(`
      <h1>某酒企成全球第四大值钱奢侈品牌</h1>
      <div id="artibody">
        <p>2012-01-12 17:04:41</p>
        <p>　　<strong>本网综合</strong> 昨日，研究院发布的&ldquo;富豪品牌倾向报告&rdquo;中，<span><a href="/s/1">某酒企</a></span>、<span><a href="/s/2">另一酒企</a></span>与多家国际品牌同时出现在&ldquo;<a href="/r">最值钱品牌排名</a>&rdquo;榜上。</p>
        <p>　　${LONG_PARAGRAPH}</p>
        <div class="share">分享到: <a href="#">微博</a> <a href="#">我要评论</a></div>
      </div>`);
    expect(text).toContain('昨日，研究院发布的“富豪品牌倾向报告”中');
    expect(text).toContain('排在第七位');
  });
});
