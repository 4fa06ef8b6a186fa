// 来源 / 作者 / 责任编辑 / 点击量 fields of the short info lines around a title, and bylines at the end of a body.

import { hasDateLabel, isCopyrightLine, labeledDates, parseChineseDate } from './date';
import { toSimplified } from './script';

export interface InfoFields {
  published_at: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
  views: number | null;
}

type Field = 'source' | 'issuer' | 'author' | 'editor' | 'views' | 'other';

const LABEL_FIELD: Record<string, Field> = {
  信息来源: 'source', 文章来源: 'source', 稿件来源: 'source', 新闻来源: 'source', 资料来源: 'source', 来源: 'source',
  稿源: 'source', 出处: 'source', 來源: 'source', 資料來源: 'source', 稿源地: 'source',
  作者: 'author', 记者: 'author', 通讯员: 'author', '文/图': 'author', '图/文': 'author', '文/摄': 'author',
  撰稿: 'author', 撰文: 'author', 执笔: 'author', 执笔人: 'author', 供稿: 'author', 图片: 'author', 文字: 'author', 摄影: 'author',
  摄像: 'author', 文: 'author', 图: 'author', 記者: 'author', 通訊員: 'author', 攝影: 'author', 圖: 'author',
  责任编辑: 'editor', 值班编辑: 'editor', 网络编辑: 'editor', 编辑: 'editor', 责编: 'editor', 审核: 'editor',
  审校: 'editor', 校对: 'editor', 终审: 'editor', 初审: 'editor', 复审: 'editor', 责任校对: 'editor',
  // The 三审三校 sign-off of government and 融媒体 sites (一审：… 二审：… 三审：…) and its variants.
  一审: 'editor', 二审: 'editor', 三审: 'editor', 审稿: 'editor', 核稿: 'editor', 签发: 'editor', 主编: 'editor',
  监制: 'other', 总监制: 'other', 统筹: 'other', 出品: 'other', 值班主任: 'other', 剪辑: 'other',
  責任編輯: 'editor', 編輯: 'editor', 責編: 'editor', 審核: 'editor', 校對: 'editor',
  点击量: 'views', 点击数: 'views', 点击: 'views', 浏览次数: 'views', 浏览量: 'views', 阅读量: 'views', 阅读数: 'views',
  阅读: 'views', 访问量: 'views', 访问次数: 'views', 人气: 'views', 點擊: 'views', 瀏覽次數: 'views', 閱讀: 'views',
  发布时间: 'other', 发布日期: 'other', 发表时间: 'other', 更新时间: 'other', 时间: 'other', 日期: 'other',
  字号: 'other', 字体: 'other', 分享: 'other', 分享到: 'other', 打印: 'other', 发布机构: 'issuer', 发布单位: 'issuer',
  發佈時間: 'other', 發布時間: 'other', 時間: 'other', 字號: 'other',
  // The metadata table of government 信息公开 pages.
  索引号: 'other', 主题分类: 'other', 成文日期: 'other', 发文日期: 'other', 文号: 'other', 发文字号: 'other',
  发文机关: 'issuer', 标题: 'other', 有效性: 'other', 生效日期: 'other', 废止日期: 'other', 体裁分类: 'other',
};

/** A label that credits whoever supplied the text: a person is its author, a unit (市公安局) its source. */
const CONTRIBUTOR_LABELS = new Set(['供稿']);
/** Labels that are also ordinary word endings (微距攝影, 中文): they count only after a non-Han character. */
const BOUNDED_LABELS = new Set(['摄影', '攝影', '摄像', '文字', '文', '图', '圖', '图片', '供稿']);
/** Person labels that may be followed by the name without a colon (记者 王明, 记者张建, 記者╱曹斯, 文/图 张三). */
const BARE_PERSON_LABELS = ['记者', '記者', '通讯员', '通訊員', '文/图', '图/文', '摄影', '攝影'];

const byLength = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[/]/g, '\\/');
const FREE_LABELS = Object.keys(LABEL_FIELD).filter((l) => !BOUNDED_LABELS.has(l)).sort(byLength);
const BARE = BARE_PERSON_LABELS.sort(byLength).map(escape).join('|');
/**
 * group 1: label before a colon; group 2: bounded label before a colon; group 3: person label with the name right
 * after it (记者张建), only inside brackets, after a space or after an outlet (（记者…, 本报记者…, ╱記者…); group 4:
 * person label, space, name; group 5: 文 / 图 / 摄影 and a slash or bar before the name (文/张三, 图｜李四).
 */
const LABEL = new RegExp(
  [
    String.raw`(${FREE_LABELS.map(escape).join('|')})\s*[:：]`,
    String.raw`(?<!\p{Script=Han})(${[...BOUNDED_LABELS].sort(byLength).map(escape).join('|')})\s*[:：]`,
    String.raw`(?<=(?:^|[(（【〔╱/◎ \u3000])\s*|[报報社网網台讯訊电電])(${BARE})(?:\s*[/／╱]\s*)?(?=\p{Script=Han})`,
    String.raw`(${BARE})\s+(?=\p{Script=Han})`,
    String.raw`(?<!\p{Script=Han})(文|图|圖|摄影|攝影)\s*[/／｜|]\s*(?=\p{Script=Han})`,
  ].join('|'),
  'gu',
);
const VALUE_START = /^[\s[【〖〔(（「《<]+/u;
/** Where any value ends: a tab, a bar, a run of spaces, a bracket, page UI words. */
const VALUE_END =
  /\t|\s*[|｜∣]|\s{2,}|[\]】〗〕)）」》>[【〖〔「<(（]|字号|字號|字体|字體|打印|分享|收藏|关闭|關閉|我来说两句|我要评论|我有话说|参与互动|发表评论|查看评论|网友评论|评论|举报|手机看|有\d+人参与|复制链接|随时随地|大\s*中\s*小/u;
/** A person's name also ends where a dateline goes on: 罗科苏盈发自北京, 張嘉芳／台北報導, 陈元才 摄. */
const PERSON_END = /发自|發自|报道|報導|[\s/／╱]*摄$|[\s/／╱]*攝$|[／╱]/u;
/** Sentence punctuation: a value with it is prose that happens to contain a label (告诉记者：…，…). */
const PROSE = /[，。！？“”"]/;
const MAX_PERSON_VALUE = 30;
/** A reporter's question in an interview or a press conference (记者：《若干措施》有哪些亮点？): no credit. */
const INTERVIEW_QUESTION = /^[^:：]{0,12}?(?:记者|記者)\s*[:：].*[？?]["”’」)）]?$/;
/** A source also ends at a space before a non-Latin word (来源: 新京报 举报); Latin names keep theirs (Cult of Mac). */
const SOURCE_END = /\s+(?=[^A-Za-z\s])/;
const TRIM = /^[\s:：,，、.。;；\-—_]+|[\s:：,，、.。;；\-—_]+$/g;
const NAME_SEPARATORS = /[\s、,，;；/／╱]+/;
/** Tokens of a person field that are not names: role words, page words, staff codes, markup. */
const NOT_A_NAME =
  /^(?:(?:本报|本台|本网|实习|见习|特约|首席|新华社|特派)?(?:记者|記者|通讯员|通訊員|编辑|編輯|摄影|攝影|摄像)|本报|实习|见习|特约|首席|文|图|圖|摄|攝|文字|出自|整理|编译|編譯|综合|供图|[A-Z]{1,4}\d{2,}|未知|佚名|不详|不詳|匿名|暂无|無|无|网络|網絡|网络整理|網絡整理|网友|網友|转载|轉載|原创|原創|本站|本网|本網|admin|管理员|管理員)$|[=<>"{}《》]/i;
const STAFF_CODE_SUFFIX = /_[A-Za-z]{1,4}\d{2,}$/;
const VIEWS_BEFORE = /(?:阅读|閱讀|浏览|瀏覽|点击|點擊|访问|訪問|人气|人氣)(?:量|数|數|次数|次數|人数|人數)?\s*[:：]?\s*(\d[\d,]*)(?![\d,]*\s*[年月日号.\-/:])/u;
const VIEWS_AFTER = /(\d[\d,]*)\s*次(?:阅读|閱讀|浏览|瀏覽|点击|點擊|访问)/u;
const SENTENCE_END = /[。！？!?]["”’」』)）]?$/;
const MAX_BARE_DATE_LINE = 120;

function cut(raw: string, end: RegExp): string {
  const m = end.exec(raw);
  return m ? raw.slice(0, m.index) : raw;
}

/** A value as written: leading brackets dropped, cut where the page goes on with something else. */
function valueOf(raw: string, field: Field): string | null {
  let value = cut(raw.replace(VALUE_START, ''), VALUE_END);
  if (field === 'source' || field === 'issuer') value = cut(value.trim(), SOURCE_END);
  if (field === 'author' || field === 'editor') {
    value = cut(value, PERSON_END);
    if (value.length > MAX_PERSON_VALUE || PROSE.test(value)) return null;
  }
  value = value.replace(TRIM, '');
  return value || null;
}

/** Single Han characters spaced out to the width of longer names (赵  培 → 赵培). */
export function unspacedName(s: string): string {
  return /^\p{Script=Han}(?:\s+\p{Script=Han}){1,2}$/u.test(s) ? s.replace(/\s+/g, '') : s;
}

/** The person names of a value: role words, page words and staff codes dropped (杨倩_NF4425 → 杨倩). */
function personNames(value: string, bare: boolean): string[] {
  const tokens = unspacedName(value)
    .split(NAME_SEPARATORS)
    .map((t) => t.replace(STAFF_CODE_SUFFIX, '').replace(TRIM, ''))
    .filter((t) => t && !NOT_A_NAME.test(t));
  // Without a colon (记者张建 周长庆), only a leading run of names counts: 记者看到… is a sentence. A value that is
  // nothing but name-shaped words (记者 周雪梅 通讯员 成组宣) needs only the surname test: given names use any character.
  if (bare) {
    const allNameShaped = tokens.length > 0 && tokens.every((t) => isNameShaped(toSimplified(t)));
    const names: string[] = [];
    for (const t of tokens) {
      if (!(isLikelyName(toSimplified(t)) || (allNameShaped && hasSurname(toSimplified(t))))) break;
      names.push(t);
    }
    return names;
  }
  // An outlet written next to a name (李晓亮 新民网) is not a person.
  const people = tokens.filter((t) => !/[网網报報社台]$/.test(t));
  return people.length ? people : tokens.slice(0, 1);
}

function namesAPerson(value: string, bare: boolean): boolean {
  return personNames(value, bare).some((n) => isLikelyName(toSimplified(n)));
}

function viewsOf(line: string): number | null {
  const m = VIEWS_BEFORE.exec(line) ?? VIEWS_AFTER.exec(line);
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

function addUnique(target: string[], names: string[]): void {
  for (const n of names) if (!target.includes(n)) target.push(n);
}

/**
 * A table row (cells joined by tabs) whose label cells carry no colon (索引号 | 014… | 发布机构 | 市政府办公室), with
 * a colon after each cell that is a label: the cell after it is that label's value.
 */
function colonAfterLabelCells(line: string): string {
  if (!line.includes('\t')) return line;
  return line
    .split('\t')
    .map((cell) => (LABEL_FIELD[cell.trim()] ? `${cell.trim()}：` : cell))
    .join('\t');
}

/** Reads labelled fields out of info lines such as `发布日期:2022-07-01 来源:政法委 浏览次数: 字号:〖`. */
export function parseInfoLines(lines: string[]): InfoFields {
  const sources: string[] = [];
  // The publishing body of a 信息公开 index table (发布机构 / 发文机关) or the unit that contributed the text
  // (供稿：市公安局): the source when no 来源 line names one.
  const issuers: string[] = [];
  const authors: string[] = [];
  const editors: string[] = [];
  let views: number | null = null;
  let bareDate: string | null = null;
  for (const rawLine of lines) {
    const line = colonAfterLabelCells(rawLine).replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/\u3000/g, '  ');
    const matches = INTERVIEW_QUESTION.test(line.trim()) ? [] : [...line.matchAll(LABEL)];
    matches.forEach((m, i) => {
      const label = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
      const start = m.index + m[0].length;
      const stop = i + 1 < matches.length ? matches[i + 1].index : line.length;
      const field = LABEL_FIELD[label];
      const bare = m[3] !== undefined || m[4] !== undefined || m[5] !== undefined;
      // After a bare label names may be set apart by wide spaces (记者王昀加　王庆钦); the name test ends the run.
      const raw = bare ? line.slice(start, stop).replace(/(?<=\p{Script=Han})\s{2,}(?=\p{Script=Han})/gu, ' ') : line.slice(start, stop);
      const value = valueOf(raw, field);
      if (!value) return;
      if (field === 'source') sources.push(value);
      else if (field === 'issuer') issuers.push(value);
      else if (field === 'author' && CONTRIBUTOR_LABELS.has(label) && !namesAPerson(value, bare)) issuers.push(value);
      else if (field === 'author') addUnique(authors, personNames(value, bare));
      else if (field === 'editor') addUnique(editors, personNames(value, false));
    });
    views ??= viewsOf(line);
    const trimmed = line.trim();
    if (
      !bareDate &&
      trimmed.length <= MAX_BARE_DATE_LINE &&
      !SENTENCE_END.test(trimmed) &&
      !isCopyrightLine(trimmed) &&
      !hasDateLabel(trimmed)
    ) {
      bareDate = parseChineseDate(trimmed);
    }
  }
  const labeled = labeledDates(lines);
  return {
    published_at: labeled.published ?? bareDate ?? labeled.written ?? labeled.updated,
    source: sources[0] ?? issuers[0] ?? null,
    author: authors.length ? authors.join(' ') : null,
    editor: editors.length ? editors.join(' ') : null,
    views,
  };
}

/** Common surnames (single characters, then two-character ones): a lone name must start with one. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋相初云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊乌裘亓邰赫杭况宿逯隆茹诸慕危亢嵇哈湛宾戎勾茅於揭尉冶斯束檀衣昝幸植衡尧风'.split('');
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '西门', '南宫'];
/** Endings that make a short Han run a phrase, not a name (陈金虎强调, 盛蕾要求). */
const NOT_NAME_ENDING = /(窗口|本页|页面|顶部|首页|收藏|打印|分享|评论|纠错|链接|下载|强调|要求|指出|表示|讲话|会议|工作|发展|建设|主持|召开|出席|部署|报道|通讯|新闻|记者|编辑|来源|中心|委员会|政府|全文|原文|附件|完|结束|网|網|报|報|社|刊|站|局|厅|办|讯|訊|发布|發布|在线|在線|头条|頭條|之声|之聲|融媒|客户端|公众号)$/;
/** Characters of function words, verbs and units that given names practically never contain (全会认为, 党委, 常委). */
const NOT_IN_GIVEN_NAME = /[的了是在和与及等对将从会认指要示求调议委员区市省县镇村部局厅处室办司院所站队组届次年说称谈讲召开举行出席参加了吗呢吧之其这那个们]/;
const NAME = /^\p{Script=Han}{2,4}$/u;

/** Two to four Han characters that do not end like a phrase or an organization. */
function isNameShaped(token: string): boolean {
  return NAME.test(token) && !NOT_NAME_ENDING.test(token);
}

function hasSurname(token: string): boolean {
  return SURNAMES.includes(token[0]) || COMPOUND_SURNAMES.some((s) => token.startsWith(s) && token.length >= 3);
}

/** Whether a token (Simplified) reads as a Chinese personal name: surname, then a given name of name characters. */
export function isLikelyName(token: string): boolean {
  return isNameShaped(token) && !NOT_IN_GIVEN_NAME.test(token.slice(1)) && hasSurname(token);
}

const LINE_END_PUNCTUATION = /[。！？!?…”」』）)]$/;
/** `(记者 魏宁)`, `（记者张建 周长庆）`, `(编辑：李四)`: a label, then names, in parentheses. */
const PAREN_BYLINE = String.raw`[（(〔【]\s*((?:[^\s（()）〔〕【】:：，。]{0,8}?(?:记者|記者|通讯员|通訊員)[\s:：/／╱]?|(?:作者|文\/图|图\/文|文|图|摄影|攝影|编辑|編輯|责任编辑|責任編輯)[\s:：])[^()（）〔〕【】]{1,40})[)）〕】]`;
const PAREN_BYLINE_END = new RegExp(`${PAREN_BYLINE}\\s*$`, 'u');
const PAREN_BYLINE_START = new RegExp(`^\\s*${PAREN_BYLINE}`, 'u');
/**
 * A credit line of its own: an outlet's reporters (新京报记者 陆一夫, 澎湃新闻记者 段彦超 廖艳), optionally after a
 * label (采写：南都记者 余毅菁 向雪妮), or `(记者 魏宁)`.
 */
const CREDIT_LINE = /^[【(（]?\s*(?:[^\s:：]{1,6}[:：]\s*)?[^\s:：]{0,10}?(?:记者|記者|通讯员|通訊員|作者)\s*[:：]?\s+((?:[\p{Script=Han}·]{2,4}\s*){1,6})[】)）]?$/u;
/** The second label of a credit line naming reporters and correspondents (本报记者 李明 通讯员 张强). */
const CREDIT_LABEL_TOKEN = /^(?:记者|記者|通讯员|通訊員)$/;

/** The names of a line that is nothing but a credit (see CREDIT_LINE), else null. */
export function creditLineNames(line: string): string | null {
  const m = CREDIT_LINE.exec(line.replace(/[\u00A0\u3000]/g, ' ').trim());
  if (!m) return null;
  const names = m[1].trim().split(/\s+/).filter((t) => !CREDIT_LABEL_TOKEN.test(t));
  return names.every((n) => isLikelyName(toSimplified(n))) ? names.join(' ') : null;
}

/** A line that is only names in parentheses: （袁源）. */
const PAREN_NAMES_ONLY = /^[（(]\s*([^()（）]{2,16}?)\s*[)）]$/u;
/** A dateline that opens a news lede and carries the reporters: 本报讯（记者 张三）, 新华社北京7月1日电（记者 李四）. */
const DATELINE_BYLINE = new RegExp(`^[^。！？!?]{0,40}?(?:讯|訊|电|電|消息)\\s*${PAREN_BYLINE}`, 'u');

/** Names in a lone run of 1–3 space-separated tokens, or null when any token does not look like a name. */
function namesOnly(s: string): string | null {
  const tokens = s.trim().split(/[\s、]+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 3 || !tokens.every(isLikelyName)) return null;
  return tokens.join(' ');
}

function namesFromParenthesis(inner: string): string | null {
  const fields = parseInfoLines([inner]);
  const names = [fields.author, fields.editor].filter(Boolean).join(' ');
  return names || null;
}

/**
 * The byline a last line carries: `(记者 魏宁)` at its end, a lone name after its last sentence
 * (`…进行安排部署。 周雪梅` → `周雪梅`), or a line that is nothing but names. Null when unsure.
 */
export function trailingByline(lastLine: string): string | null {
  return trailingNames(lastLine, false);
}

/** The writers among a last line's byline (see trailingByline): `（编辑：李四）` credits none. */
export function trailingAuthors(lastLine: string): string | null {
  return trailingNames(lastLine, true);
}

function trailingNames(lastLine: string, authorsOnly: boolean): string | null {
  const line = lastLine.replace(/[\u00A0\u3000]/g, ' ').trim();
  const paren = PAREN_BYLINE_END.exec(line);
  if (paren) return authorsOnly ? parseInfoLines([paren[1]]).author : namesFromParenthesis(paren[1]);
  const credit = creditLineNames(line);
  if (credit) return credit;
  const lone = PAREN_NAMES_ONLY.exec(line);
  if (lone) return namesOnly(lone[1]);
  const split = /^(.*[。！？!?…”」』）)])\s+([^\s。！？!?]+(?:\s+[^\s。！？!?]+){0,2})$/u.exec(line);
  if (split) return namesOnly(split[2]);
  if (LINE_END_PUNCTUATION.test(line)) return null;
  return namesOnly(line);
}

/** A lede that opens with its reporters and where they file from: 本报记者罗科苏盈发自北京, 記者王明報道. */
const REPORTER_LEDE = /^[^，。！？,\s]{0,8}?(?:记者|記者)[^，。！？,]{1,30}?(?=发自|發自|报道|報道)/u;

/**
 * The byline a first body line opens with: `(记者 魏宁)…`, the one in its dateline (`本报讯（记者 张三）…`), or
 * reporters filing from somewhere (`本报记者罗科苏盈发自北京`).
 */
export function leadingByline(firstLine: string): string | null {
  const credit = leadingCredit(firstLine);
  return credit ? namesFromParenthesis(credit) : null;
}

/** The writers among a first line's byline (see leadingByline). */
export function leadingAuthors(firstLine: string): string | null {
  const credit = leadingCredit(firstLine);
  return credit ? parseInfoLines([credit]).author : null;
}

/** The credit a first body line opens with (see leadingByline), as written: `记者 张三`. */
function leadingCredit(firstLine: string): string | null {
  const line = firstLine.replace(/[\u00A0\u3000]/g, ' ').trim();
  const paren = PAREN_BYLINE_START.exec(line) ?? DATELINE_BYLINE.exec(line);
  return paren ? paren[1] : REPORTER_LEDE.exec(line)?.[0] ?? null;
}

/** The line without its trailing byline (see trailingByline); the line itself when it carries none. */
export function withoutTrailingByline(lastLine: string): string {
  if (!trailingByline(lastLine)) return lastLine;
  const line = lastLine.replace(/[\u00A0\u3000]/g, ' ').trim();
  const paren = PAREN_BYLINE_END.exec(line);
  if (paren) return line.slice(0, paren.index).trimEnd();
  const split = /^(.*[。！？!?…”」』）)])\s+\S.*$/u.exec(line);
  return split ? split[1] : '';
}

/** The line without a leading `(记者 …)`; a dateline (本报讯（记者 张三）) is part of the text and stays. */
export function withoutLeadingByline(firstLine: string): string {
  const paren = PAREN_BYLINE_START.exec(firstLine);
  return paren && leadingByline(firstLine) ? firstLine.slice(paren[0].length).trimStart() : firstLine;
}

/** A line that is a person label and names only: `执笔人：闵乐夫 赵兰波 刘韬`, `【作者：张三】`. */
const LABELLED_CREDIT = /^[【\[(（]?\s*(?:作者|执笔人|执笔|撰稿|撰文|采写|文\/图|图\/文|记者|記者|通讯员|通訊員)\s*[:：]\s*([^:：]{2,60}?)\s*[】\])）]?$/u;

function labelledCreditNames(line: string): string | null {
  const m = LABELLED_CREDIT.exec(line);
  if (!m) return null;
  const tokens = m[1].split(NAME_SEPARATORS).filter(Boolean);
  return tokens.length && tokens.every((t) => isNameShaped(toSimplified(t)) && hasSurname(toSimplified(t))) ? tokens.join(' ') : null;
}

/** How many lines at each end of a body may carry its credit. */
const CREDIT_LINES = 2;

/**
 * Reporters or writers credited inside the text, at its first or last lines: a lede's byline (本报记者罗科苏盈发自北京,
 * 本报讯（记者 张三）), a closing `（信报记者 蔡雪婧）`, a credit line (执笔人：闵乐夫 赵兰波). Lines stay in the text.
 */
export function creditInBodyEnds(lines: string[]): string | null {
  const clean = (l: string) => l.replace(/[\u00A0\u3000]/g, ' ').trim();
  // Only writers: editors credited the same way (【编辑：金硕】) are not.
  for (const line of lines.slice(0, CREDIT_LINES).map(clean)) {
    const names = leadingAuthors(line) ?? labelledCreditNames(line);
    if (names) return names;
  }
  for (const line of lines.slice(-CREDIT_LINES).reverse().map(clean)) {
    const paren = PAREN_BYLINE_END.exec(line);
    const names = (paren ? parseInfoLines([paren[1]]).author : null) ?? creditLineNames(line) ?? labelledCreditNames(line);
    if (names) return names;
  }
  return null;
}

const MAX_HEADING_LINE = 40;
const HEADING_LINES = 2;

/**
 * Names on a line of their own at the top of a body (胡平; 赵延东、风笑天 under a repeated title): how essays and
 * papers credit their writers. Only after nothing but heading-like lines (short, no sentence end), and only when text
 * follows.
 */
export function namesUnderTitle(lines: string[]): string | null {
  for (let i = 0; i <= HEADING_LINES && i < lines.length - 1; i++) {
    const line = lines[i].replace(/[\u00A0\u3000]/g, ' ').trim();
    const names = namesOnly(toSimplified(line));
    if (names) return line.split(/[\s、]+/).join(' ');
    if (line.length > MAX_HEADING_LINE || SENTENCE_END.test(line)) return null;
  }
  return null;
}

/** A speech's title: 在…上的讲话, …致辞, …发言 (稿 or 全文 may follow, and the date in brackets). */
const SPEECH_TITLE = /(?:讲话|致辞|发言|演讲|报告)(?:稿|全文)?(?:\s*[（(][^（()）]{4,20}[)）])?$/;
/** The speaker line under a speech's title: the name, often after an office (市委书记　张三, 县长 李四同志, 王五). */
const SPEAKER_LINE = /^(?:[^\s，,。：:；;！？!?]{2,20}\s+)?([\p{Script=Han}·]{2,4}?)(?:同志)?(?:\s*[（(][^（()）]{4,20}[)）])?$/u;

/**
 * The speaker of a speech page, from the lines above its body (`lines` in page order); null unless the title or
 * its 副题 (——在…上的讲话) names a speech.
 */
export function speakerOf(titles: (string | null)[], lines: string[]): string | null {
  if (!titles.some((t) => t && SPEECH_TITLE.test(t.trim()))) return null;
  for (const line of lines) {
    const name = SPEAKER_LINE.exec(line.replace(/[\u00A0\u3000]/g, ' ').trim())?.[1];
    if (name && !name.endsWith('们') && isLikelyName(name)) return name;
  }
  return null;
}
