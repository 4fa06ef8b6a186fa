// The data that flows through the pipeline: extract (in the page) → normalize (worker / CLI) → store → export.

/** Raw facts read off a page by the in-page extractor. Serializable; no interpretation yet. */
export interface PageExtract {
  /** location.href of the page (or the --url given to the command line). */
  url: string;
  /** <link rel="canonical"> resolved against the page URL. */
  canonicalUrl: string | null;
  /** <html lang>. */
  lang: string | null;
  /** document.title, as is. */
  documentTitle: string;
  /** Every <meta name|property|itemprop> → content, keys lower-cased; the first non-empty value wins. */
  meta: Record<string, string>;
  /** Parsed JSON-LD blocks (invalid ones skipped). */
  jsonLd: unknown[];
  /** What Readability reported, or null when it found no article. */
  readability: {
    title: string | null;
    byline: string | null;
    siteName: string | null;
    publishedTime: string | null;
    excerpt: string | null;
  } | null;
  /** Article body as text blocks: one paragraph, in-body heading or table row (cells joined by \t) each. */
  bodyBlocks: string[];
  /** Visible headings above the body (h1, then h2/h3 near it): title, 引题, 副题 candidates, in page order. */
  headings: string[];
  /** Which of the headings is the title element's text (the others are 引题 / 副题); absent in older extracts. */
  titleHeading?: string | null;
  /** Short visible lines around the title and body that carry 发布时间 / 来源 / 作者 / 责任编辑 / 点击量 labels. */
  infoLines: string[];
  /** Breadcrumb steps (您现在的位置 / 当前位置 …), empty when none. */
  breadcrumb: string[];
  /** Visible footer lines (主办单位, 版权所有 …): used only for site_name, never for dates. */
  footerLines: string[];
  /** document.documentElement.outerHTML, or null when the user turned snapshots off. */
  html: string | null;
}

export type Script = 'zh-Hans' | 'zh-Hant' | 'none';

/** The normalized article: what a researcher cites and counts. Every field is null when the page does not say it. */
export interface ArticleFields {
  url: string;
  canonical_url: string | null;
  title: string | null;
  pretitle: string | null;
  subtitle: string | null;
  /**
   * ISO 8601 at the precision the page gives: 2003-05 (a page giving only year and month), 2022-07-01,
   * 2022-07-01T10:30+08:00, 2022-07-01T10:30:05+08:00. The offset goes with a time only.
   */
  published_at: string | null;
  source: string | null;
  /**
   * The publishing body of a 信息公开 record (发布机构 / 发文机关), or the unit that supplied the text (供稿). This and
   * the next two are optional: records stored before they existed lack them (read as null).
   */
  issuer?: string | null;
  /** The 索引号 of a 信息公开 record. */
  index_no?: string | null;
  /** The document number (文号 / 发文字号) of a government document: 国发〔2023〕5号. */
  doc_no?: string | null;
  /** The print-edition page (版次) the page cites or its e-paper record gives: 04, A01. */
  print_page?: string | null;
  author: string | null;
  editor: string | null;
  site_name: string | null;
  column: string | null;
  keywords: string[];
  description: string | null;
  views: number | null;
  lang: string | null;
  /** The script the page was written in; zh-Hant pages are converted to Simplified. */
  script_original: Script;
  /** Clean body, one paragraph a line, Simplified. */
  text: string;
  /** The body before Traditional→Simplified conversion, only when converted. */
  text_original: string | null;
  /** Title before conversion, only when converted. */
  title_original: string | null;
}

export interface NormalizeOptions {
  /** Unicode normalization form for all text: NFC by default, NFKC as a setting. */
  unicodeForm: 'NFC' | 'NFKC';
}

export const DEFAULT_NORMALIZE_OPTIONS: NormalizeOptions = { unicodeForm: 'NFC' };

/** Fields a person may correct in the library; the record keeps what was extracted. */
export const EDITABLE_FIELDS = ['title', 'published_at', 'source', 'author', 'editor', 'column'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** One stored capture (IndexedDB store `captures`, keyPath `id`). */
export interface CaptureRecord extends ArticleFields {
  /** First 16 hex digits of SHA-256 of the canonical URL (no fragment, no utm_*). */
  id: string;
  /** The URL the id was computed from. */
  key_url: string;
  /** Number of characters of `text` (code points). */
  chars: number;
  /** SHA-256 hex of `text`. */
  sha256: string;
  /** MinHash signature of the body's character 4-grams (`m1:<distinct 4-grams>:<hex>`), see lib/dedupe. */
  fingerprint: string;
  /** id of an earlier capture whose text is >= 90% the same, else null. */
  near_duplicate_of: string | null;
  /** ISO 8601 time of the latest capture. */
  captured_at: string;
  /** ISO 8601 time of the first capture. */
  first_captured_at: string;
  /** 1 on first capture, +1 on each update. */
  revisions: number;
  tags: string[];
  note: string;
  /** Values as extracted, for fields a person changed: the record shows what was corrected. */
  extracted: Partial<Record<EditableField, string | null>>;
  extractor: { name: string; version: string };
  /** Whether a page snapshot is stored in `pages`. */
  has_html: boolean;
}

/** Page snapshot, in its own store so that listing never loads it. */
export interface PageSnapshot {
  id: string;
  html: string;
}

export const EXTRACTOR = { name: 'zhengwen', version: '0.1.0' } as const;
