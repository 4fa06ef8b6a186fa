// Valid CaptureRecords with Chinese text for tests: chars and sha256 always agree with the text.

import { createHash } from 'node:crypto';
import { EXTRACTOR, type CaptureRecord } from '../../lib/model';

const BODY = [
  '11月20日，市委常委会召开会议，传达学习党的二十届三中全会精神，研究部署我市贯彻落实工作。',
  '会议强调，要坚持以人民为中心的发展思想，扎实推进“放管服”改革，持续优化营商环境。',
  '会议还研究了其他事项。',
].join('\n');

let serial = 0;

/** A record as lib/store would hold it; `overrides` win, then chars/sha256 are recomputed from the final text. */
export function makeCaptureRecord(overrides: Partial<CaptureRecord> = {}): CaptureRecord {
  serial++;
  // The id is the hash of the key URL, as the store and the bundle reader require (unless a test sets its own).
  const url = `https://www.example.gov.cn/xwzx/2024/${serial}.html`;
  const id = overrides.id ?? createHash('sha256').update(overrides.key_url ?? url).digest('hex').slice(0, 16);
  const captured = new Date(Date.UTC(2024, 10, 1, 8, 0, 0) + serial * 60_000).toISOString();
  const base: CaptureRecord = {
    id,
    url,
    canonical_url: url,
    key_url: url,
    title: `市委常委会召开会议（第${serial}次）`,
    pretitle: null,
    subtitle: null,
    published_at: '2024-11-20T10:30+08:00',
    source: '市委办公室',
    issuer: null,
    index_no: null,
    doc_no: null,
    print_page: null,
    author: '张三',
    editor: '李四',
    site_name: '示例市人民政府网',
    column: '要闻动态',
    keywords: ['常委会', '营商环境'],
    description: '市委常委会召开会议。',
    views: 1024,
    lang: 'zh-CN',
    script_original: 'zh-Hans',
    text: BODY,
    text_original: null,
    title_original: null,
    chars: 0,
    sha256: '',
    fingerprint: '0f1e2d3c4b5a6978',
    near_duplicate_of: null,
    captured_at: captured,
    first_captured_at: captured,
    revisions: 1,
    tags: [],
    note: '',
    extracted: {},
    extractor: { ...EXTRACTOR },
    has_html: false,
  };
  const record = { ...base, ...overrides };
  return {
    ...record,
    chars: [...record.text].length,
    sha256: createHash('sha256').update(record.text, 'utf8').digest('hex'),
  };
}
