// 来源 / 作者 / 责任编辑 / 点击量 fields of the short info lines around a title, and bylines at the end of a body.

import { findLabeledDate, parseChineseDate } from './date';

export interface InfoFields {
  published_at: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
  views: number | null;
}

type Field = 'source' | 'author' | 'editor' | 'views' | 'other';

const LABEL_FIELD: Record<string, Field> = {
  信息来源: 'source', 文章来源: 'source', 稿件来源: 'source', 新闻来源: 'source', 来源: 'source', 來源: 'source',
  作者: 'author', 记者: 'author', 記者: 'author', 通讯员: 'author', 通訊員: 'author', '文/图': 'author', '图/文': 'author',
  '文/摄': 'author', 撰稿: 'author', 撰文: 'author', 文字: 'author', 摄影: 'author', 攝影: 'author', 摄像: 'author',
  文: 'author', 图: 'author',
  责任编辑: 'editor', 責任編輯: 'editor', 值班编辑: 'editor', 编辑: 'editor', 編輯: 'editor', 审核: 'editor',
  审校: 'editor', 校对: 'editor', 终审: 'editor', 初审: 'editor', 复审: 'editor',
  点击量: 'views', 点击数: 'views', 点击: 'views', 浏览次数: 'views', 浏览量: 'views', 阅读量: 'views', 阅读数: 'views',
  阅读: 'views', 访问量: 'views', 访问次数: 'views',
  发布时间: 'other', 发布日期: 'other', 发表时间: 'other', 更新时间: 'other', 时间: 'other', 日期: 'other',
  字号: 'other', 分享: 'other', 分享到: 'other', 打印: 'other', 发布机构: 'other', 发布单位: 'other',
};

/** Labels that name a person and may be followed by the name after a space instead of a colon (记者 王明). */
const SPACE_LABELS = ['记者', '記者', '通讯员', '通訊員', '文/图', '图/文', '文/摄', '摄影', '攝影'];

function escape(s: string): string {
  return s.replace(/[/]/g, '\\/');
}

const LABELS_LONGEST_FIRST = Object.keys(LABEL_FIELD).sort((a, b) => b.length - a.length);
/** A label with a colon, or a person label after a boundary and followed by a space: group 1 = colon label, 2 = space label. */
const LABEL = new RegExp(
  String.raw`(${LABELS_LONGEST_FIRST.map(escape).join('|')})\s*[:：]|(?<=^|[\s(（【\[|｜/])(${SPACE_LABELS.map(escape).join('|')})\s+(?=[\p{Script=Han}A-Za-z])`,
  'gu',
);
/** Where a value ends: a bar, a run of spaces, a bracket, UI words, or a space followed by some other `label:`. */
const VALUE_END = /\s*[|｜]|\s{2,}|[【〖\[「<《(（)）]|字号|打印|分享|收藏|关闭|【?大\s*中\s*小|\s+[^\s:：]{1,8}[:：]/u;
const VALUE_TRIM = /^[\s:：,，、.。;；\-—]+|[\s:：,，、.。;；\-—]+$/g;
const NAME_SEPARATORS = /[\s、,，;；/]+/;
const NUMBER = /\d[\d,]*/;

function cleanValue(raw: string): string | null {
  const end = VALUE_END.exec(raw);
  const value = (end ? raw.slice(0, end.index) : raw).replace(VALUE_TRIM, '');
  return value ? value : null;
}

function addNames(target: string[], value: string): void {
  for (const name of value.split(NAME_SEPARATORS)) if (name && !target.includes(name)) target.push(name);
}

/** Reads labelled fields out of info lines such as `发布日期:2022-07-01 来源:政法委 浏览次数: 字号:〖`. */
export function parseInfoLines(lines: string[]): InfoFields {
  const sources: string[] = [];
  const authors: string[] = [];
  const editors: string[] = [];
  let views: number | null = null;
  let bareDate: string | null = null;
  for (const rawLine of lines) {
    const line = rawLine.replace(/[\u00A0\u3000]/g, ' ');
    const matches = [...line.matchAll(LABEL)];
    if (matches.length === 0 && line.length <= 40) bareDate ??= parseChineseDate(line);
    matches.forEach((m, i) => {
      const label = m[1] ?? m[2];
      const start = m.index + m[0].length;
      const stop = i + 1 < matches.length ? matches[i + 1].index : line.length;
      const value = cleanValue(line.slice(start, stop));
      const field = LABEL_FIELD[label];
      if (i === 0 && m.index > 0 && !bareDate) bareDate = parseChineseDate(line.slice(0, m.index));
      if (!value) return;
      if (field === 'source') sources.push(value);
      else if (field === 'author') addNames(authors, value);
      else if (field === 'editor') addNames(editors, value);
      else if (field === 'views' && views === null) {
        const n = NUMBER.exec(value);
        if (n && n.index === 0) views = Number(n[0].replace(/,/g, ''));
      }
    });
  }
  return {
    published_at: findLabeledDate(lines) ?? bareDate,
    source: sources[0] ?? null,
    author: authors.length ? authors.join(' ') : null,
    editor: editors.length ? editors.join(' ') : null,
    views,
  };
}

/** Common surnames (single characters, then two-character ones): a lone name must start with one. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋相初云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊乌裘亓邰赫杭况宿逯隆茹诸慕危亢嵇哈湛宾戎勾茅於揭尉冶斯束檀衣昝幸植衡尧'.split('');
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '西门', '南宫'];
/** Endings that make a short Han run a phrase, not a name (陈金虎强调, 盛蕾要求). */
const NOT_NAME_ENDING = /(强调|要求|指出|表示|讲话|会议|工作|发展|建设|主持|召开|出席|部署|报道|通讯|新闻|记者|编辑|来源|中心|委员会|政府|全文|原文|附件|完|结束)$/;
/** Characters of function words, verbs and units that given names practically never contain (全会认为, 党委, 常委). */
const NOT_IN_GIVEN_NAME = /[的了是在和与及等对将从会认指要示求调议委员区市省县镇村部局厅处室办司院所站队组届次年说称谈讲召开举行出席参加了吗呢吧之其这那个们]/;
const NAME = /^\p{Script=Han}{2,4}$/u;

function isLikelyName(token: string): boolean {
  if (!NAME.test(token) || NOT_NAME_ENDING.test(token) || NOT_IN_GIVEN_NAME.test(token.slice(1))) return false;
  return SURNAMES.includes(token[0]) || COMPOUND_SURNAMES.some((s) => token.startsWith(s) && token.length >= 3);
}

const SENTENCE_END = /[。！？!?…”」』）)]$/;
const PAREN_BYLINE_END = /[（(]\s*((?:记者|記者|通讯员|通訊員|作者|文\/图|图\/文|文|图|摄影|攝影|编辑|編輯|责任编辑)[\s:：][^()（）]{1,40})[)）]\s*$/u;
const PAREN_BYLINE_START = /^\s*[（(]\s*((?:记者|記者|通讯员|通訊員|作者|文\/图|图\/文|摄影|攝影)[\s:：][^()（）]{1,40})[)）]/u;

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
  const line = lastLine.replace(/[\u00A0\u3000]/g, ' ').trim();
  const paren = PAREN_BYLINE_END.exec(line);
  if (paren) return namesFromParenthesis(paren[1]);
  const split = /^(.*[。！？!?…”」』）)])\s+([^\s。！？!?]+(?:\s+[^\s。！？!?]+){0,2})$/u.exec(line);
  if (split) return namesOnly(split[2]);
  if (SENTENCE_END.test(line)) return null;
  return namesOnly(line);
}

/** The byline a first body line opens with: `(记者 魏宁)…`. */
export function leadingByline(firstLine: string): string | null {
  const paren = PAREN_BYLINE_START.exec(firstLine.replace(/[\u00A0\u3000]/g, ' '));
  return paren ? namesFromParenthesis(paren[1]) : null;
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

/** The line without its leading `(记者 …)`. */
export function withoutLeadingByline(firstLine: string): string {
  const paren = PAREN_BYLINE_START.exec(firstLine);
  return paren && leadingByline(firstLine) ? firstLine.slice(paren[0].length).trimStart() : firstLine;
}
