// The label vocabulary of Chinese news and government pages: one row a label. Every recogniser of labels (info lines
// around the title, metadata lines in the body, credit bars, credit lines and parentheses, date labels) is compiled
// from this one table, so a label added here is known everywhere at once.

import { BARS } from './prose';
import { alternation } from './words';

export type LabelField = 'source' | 'issuer' | 'author' | 'editor' | 'views' | 'date' | 'index' | 'docno' | 'other';

export interface LabelRow {
  label: string;
  field: LabelField;
  /** The Traditional form, when it differs. */
  traditional: string | null;
  /** A name may follow without a colon: 记者张三, 记者 张三, 文/图 张三. */
  bare: boolean;
  /** An ordinary word ending too (微距摄影, 中文): counts only after a non-Han character. */
  bounded: boolean;
  /** May stand outside the body, in the info lines around the title: marks such a line. */
  info: boolean;
  /** A role of credit lines and credit parentheses (记者 X 通讯员 Y, 文/X 图/Y, 编辑：X). */
  credit: boolean;
  /** May follow the names it credits: 张三 摄, 张三/文, 陈巍 编辑, 某某科供稿. */
  postfix: boolean;
  /** Credits whoever supplied the text: a person is its author, a unit (市公安局) its source. */
  contributor: boolean;
  /** Only a word that closes a credit (记者陈智 整合, 张三报道): never a label with a colon (CES报道：…). */
  marker: boolean;
}

// label      field    traditional  flags
// flags: bare bounded info credit postfix contributor marker (see LabelRow); `-` for none.
const TABLE = `
来源          source   來源          info
来源于        source   來源於        info
信息来源      source   資訊來源      info
文章来源      source   -             info
稿件来源      source   -             info
新闻来源      source   新聞來源      info
资料来源      source   資料來源      info
稿源          source   -             info
稿源地        source   -             info
出处          source   出處          info
转载自        source   轉載自        -
转自          source   轉自          -
摘自          source   -             -
发布机构      issuer   發佈機構      info
发布单位      issuer   發佈單位      info
发文机关      issuer   發文機關      info
作者          author   -             info,credit
记者          author   記者          bare,info,credit
特约记者      author   特約記者      bare,info,credit
见习记者      author   見習記者      bare,info,credit
实习记者      author   實習記者      bare,info,credit
首席记者      author   -             bare,info,credit
实习生        author   實習生        bare,info,credit
通讯员        author   通訊員        bare,info,credit
特约通讯员    author   特約通訊員    bare,info,credit
文/图         author   文/圖         bare,info,credit,postfix
图/文         author   圖/文         bare,info,credit,postfix
文/摄         author   文/攝         bare,credit,postfix
撰稿          author   -             info,credit,postfix
撰文          author   -             info,credit
执笔          author   執筆          info,credit
执笔人        author   執筆人        info,credit
采写          author   採寫          credit
采访          author   採訪          credit,postfix,marker
报道          author   報道          credit,postfix,marker
报导          author   報導          credit,postfix,marker
整理          author   -             credit,postfix
整合          author   -             credit,postfix,marker
综合          author   綜合          credit,postfix,marker
编译          author   編譯          credit,postfix
供稿          author   -             bounded,credit,postfix,contributor
文字          author   -             bounded,credit
文            author   -             bounded,credit,postfix
文图          author   文圖          bounded,credit,postfix
图文          author   圖文          bounded,credit,postfix
图            author   圖            bounded,credit,postfix
图片          author   圖片          bounded,credit
摄影          author   攝影          bare,bounded,info,credit,postfix
摄            author   攝            bounded,credit,postfix
摄像          author   攝像          bounded,credit,postfix
摄影报道      author   攝影報道      credit,postfix,marker
视频          author   視頻          bounded,credit
制图          author   製圖          credit,postfix
供图          author   -             credit,postfix
责任编辑      editor   責任編輯      info,credit
值班编辑      editor   值班編輯      info,credit
网络编辑      editor   網絡編輯      info,credit
本文编辑      editor   -             info,credit
编辑          editor   編輯          info,credit,postfix
责编          editor   責編          info,credit
美编          editor   美編          credit
选稿          editor   選稿          info,credit
审核          editor   審核          info,credit
审校          editor   審校          info,credit
审稿          editor   審稿          info,credit
核稿          editor   -             info,credit
校对          editor   校對          info,credit
责任校对      editor   責任校對      info,credit
初审          editor   初審          info,credit
复审          editor   複審          info,credit
终审          editor   終審          info,credit
一审          editor   一審          info,credit
二审          editor   二審          info,credit
三审          editor   三審          info,credit
编审          editor   編審          info,credit
签发          editor   簽發          info,credit
主编          editor   主編          info,credit
监制          other    監製          credit
总监制        other    總監製        credit
统筹          other    統籌          credit
出品          other    -             credit
值班主任      other    -             credit
剪辑          other    剪輯          credit
排版          other    -             credit
设计          other    設計          bounded,credit
素材来源      other    素材來源      bare
作者单位      other    作者單位      -
点击量        views    點擊量        info
点击数        views    點擊數        info
点击次数      views    點擊次數      info
点击          views    點擊          info
浏览次数      views    瀏覽次數      info
浏览量        views    瀏覽量        info
浏览          views    瀏覽          info
阅读量        views    閱讀量        info
阅读数        views    閱讀數        info
阅读次数      views    閱讀次數      info
阅读          views    閱讀          info
访问量        views    訪問量        info
访问次数      views    訪問次數      info
人气          views    人氣          info
发布时间      date     發佈時間      info
发布日期      date     發佈日期      info
发表时间      date     發表時間      info
发稿时间      date     發稿時間      info
更新时间      date     更新時間      info
成文日期      date     -             info
发文日期      date     發文日期      info
公开日期      date     公開日期      info
生效日期      date     -             -
废止日期      date     廢止日期      -
时间          date     時間          info
日期          date     -             info
索引号        index    索引號        -
主题分类      other    主題分類      -
体裁分类      other    體裁分類      -
文号          docno    文號          -
发文字号      docno    發文字號      -
标题          other    標題          bounded
有效性        other    -             -
字号          other    字號          -
字体          other    字體          -
分享          other    -             -
分享到        other    -             -
打印          other    -             -
`;

const FIELDS = new Set<LabelField>(['source', 'issuer', 'author', 'editor', 'views', 'date', 'index', 'docno', 'other']);

function parseTable(table: string): LabelRow[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [label, field, traditional, flagList] = line.trim().split(/\s+/);
      if (!FIELDS.has(field as LabelField) || flagList === undefined) throw new Error(`labels: bad row "${line}"`);
      const flags = new Set(flagList.split(','));
      return {
        label,
        field: field as LabelField,
        traditional: traditional === '-' ? null : traditional,
        bare: flags.has('bare'),
        bounded: flags.has('bounded'),
        info: flags.has('info'),
        credit: flags.has('credit'),
        postfix: flags.has('postfix'),
        contributor: flags.has('contributor'),
        marker: flags.has('marker'),
      };
    });
}

export const LABELS: readonly LabelRow[] = parseTable(TABLE);

/** Both written forms of the rows that pass the test. */
export function labelForms(test: (row: LabelRow) => boolean): string[] {
  return LABELS.filter(test).flatMap((r) => (r.traditional ? [r.label, r.traditional] : [r.label]));
}

/** Label (either form) → its row. */
export const LABEL_ROW: ReadonlyMap<string, LabelRow> = new Map(
  LABELS.flatMap((r) => (r.traditional ? [[r.label, r] as const, [r.traditional, r] as const] : [[r.label, r] as const])),
);

/** Stems that mark an info line without being a label of their own (发布于, 发表于, 浏览：, 阅读 1234). */
const INFO_STEMS = ['发布', '發布', '發佈', '发表', '發表', '发文', '成文', '更新', '点击', '點擊', '浏览', '瀏覽', '阅读', '閱讀', '访问', '訪問'];

/** A label that marks a publication-info line around the title (compiled from the rows marked `info`). */
export const INFO_LABEL = new RegExp(`(${alternation([...labelForms((r) => r.info && !r.bounded), ...INFO_STEMS])})`);

/**
 * A metadata label with its colon (发布时间： 来源： 责任编辑： 索引号： …) anywhere in a line: such a short line is
 * page metadata, not text. Bounded labels (文 图 摄影) count only after a non-Han character.
 */
export const META_LABEL = new RegExp(
  `(?:${alternation(labelForms((r) => !r.bounded && !r.marker))}|(?<!\\p{Script=Han})(?:${alternation(labelForms((r) => r.bounded && !r.marker))}))\\s*[:：]`,
  'u',
);

/** Labels that open a credit bar: credit roles and sources, never a marker word. */
export const CREDIT_BAR_LABELS: readonly string[] = labelForms((r) => (r.credit || r.field === 'source') && !r.marker);

/** A credit with a bar for its colon at the start of a line, as WeChat accounts print them: 编辑|某某, 来源｜某报. */
export const CREDIT_BAR = new RegExp(`^(?:${alternation(CREDIT_BAR_LABELS)})\\s*[${BARS}]`, 'u');

/** A line opened by a label that takes its value after a space (素材来源 江苏13个设区市党报): metadata, not text. */
export const SPACED_LABEL_LINE = new RegExp(`^(?:${alternation(labelForms((r) => r.bare && r.field === 'other'))})\\s+\\S`, 'u');
