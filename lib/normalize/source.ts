// The source (来源): where the article comes from, in one written order.

import type { PageExtract } from '../model';
import type { InfoFields } from './byline';
import { firstMeta } from './metaValues';
import type { PrintCitation } from '../rules/printEdition';

/**
 * The source, in this order: a news CMS's ContentSource meta, the 来源 the page shows (or its 发布机构), the
 * newspaper a print-edition citation or an e-paper record names, a WeChat article's account, and a plain `source`
 * meta.
 */
export function sourceOf(x: PageExtract, info: InfoFields, print: PrintCitation | null): string | null {
  return (
    firstMeta(x.meta, ['contentsource']) ??
    info.source ??
    print?.newspaper ??
    x.meta['enpproperty:papername'] ??
    x.meta['wechat:nickname'] ??
    firstMeta(x.meta, ['source'])
  );
}

