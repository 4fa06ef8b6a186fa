import type { ArticleFields } from '@/lib/model';

/** A normalized article as the normalizer would hand it over, with Chinese text. */
export function makeFields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return {
    url: 'http://www.czsfj.gov.cn/202207/t20220701_123.html',
    canonical_url: null,
    title: '常州举行庆祝中国共产党成立101周年座谈会',
    pretitle: null,
    subtitle: null,
    published_at: '2022-07-01T10:30+08:00',
    source: '常州市委政法委',
    author: null,
    editor: null,
    site_name: '常州长安网',
    column: '政法要闻',
    keywords: [],
    description: null,
    views: null,
    lang: 'zh-CN',
    script_original: 'zh-Hans',
    text: '7月1日上午,我市举行庆祝中国共产党成立101周年座谈会,纪念党的生日,畅谈党的事业。\n市委党建工作领导小组成员参加座谈会。',
    text_original: null,
    title_original: null,
    ...overrides,
  };
}
