// The one credit grammar: reads a credit line (本报记者 张三 通讯员 李四, 文/张三 图/李四, 张三 摄, □ 新华日报记者 王五)
// or the inside of a credit parenthesis (记者戴小河、印朋; 张三 李四) into roles and names. Every place that needs a
// byline calls it; what a role is comes from the label table.

import { LABEL_ROW, labelForms, type LabelField } from './labels';
import { isPersonName, isUnitName } from './names';
import { BARS, HAN_LETTER } from './prose';
import { alternation } from './words';

export interface CreditRole {
  /** The role word as written (记者, 通讯员, 文, 编辑 …), or '' for names that stand without one. */
  role: string;
  field: LabelField;
  names: string[];
  /** Units credited by a contributor role (某某科供稿): a source, not people. */
  units: string[];
}

export interface Credit {
  roles: CreditRole[];
  /** The outlet named before a role (光明日报, 新华日报·交汇点, 本报), if any. */
  outlet: string | null;
}

/** Markers and lead-ins before a credit: □ ■ ◎ ● ▲, a 整合 / 综合 / 文字 prefix. */
const MARKERS = /^[□■◎●▲△★☆◆◇○•·\s]+/u;
const PREFIX_WORDS = /^(?:整合|综合|文字|采写|联合采写)\s+/u;
/** Where the reporter files from, after the names: 记者魏怡嘉／台北报导, 本报记者罗科苏盈发自北京, 记者 王明 报道. */
const FILED_FROM = /(?:\s*[／/╱]\s*\p{Script=Han}{2,6}(?:报导|报道)|\s*发自\s*\p{Script=Han}{2,8}|\s+(?:报导|报道))$/u;
/** What a credit is wrapped in on a line of its own: 【记者 张三】, （记者 张三）, [编辑：李四]. */
const WRAPPER = /^[【[（(〔]\s*([^【】[\]（()）〔〕]+?)\s*[】\]）)〕]$/u;

/** Qualifiers that stand before a role word without naming an outlet (本报记者, 特约记者, 职工通讯员). */
const QUALIFIERS = ['本报', '本報', '本台', '本网', '本網', '本刊', '本站', '本社', '融媒体', '融媒', '职工', '特派', '驻站'];
/** How an outlet's name ends before a role word (光明日报记者, 新华日报·交汇点记者, 顶端新闻·河南商报记者). */
const OUTLET = /^(?:[\p{Script=Han}A-Za-z]{1,16}(?:报|報|网|網|台|社|刊|站|客户端|新闻|新聞|频道|頻道|中心|杂志|APP|app|号|专栏|專欄|栏目|工作室|专栏作者)|[\p{Script=Han}A-Za-z]{1,12}[·・][\p{Script=Han}A-Za-z]{1,12})$/u;

const ROLE_FORMS = labelForms((r) => r.credit);
/** Role words; bounded ones (文, 图, 摄) only where no Han character stands right before them. */
const isBounded = (f: string) => LABEL_ROW.get(f)!.bounded;
const ROLE = new RegExp(
  [
    `(${alternation(ROLE_FORMS.filter((f) => !isBounded(f)))})`,
    `(?<!${HAN_LETTER})(${alternation(ROLE_FORMS.filter(isBounded))})(?!${HAN_LETTER})`,
    // A bounded role of two characters may close a unit's name: 某某科供稿, 某某中心供图.
    `(?<=\\p{Script=Han})(${alternation(ROLE_FORMS.filter((f) => isBounded(f) && f.length > 1 && LABEL_ROW.get(f)!.postfix))})(?=\\s|$)`,
  ].join('|'),
  'gu',
);
const ROLE_ANYWHERE = new RegExp(ROLE.source, 'u');

/** Whether a text holds a role word at all (either script): the cheap test before reading it as a credit. */
export function mayBeCredit(s: string): boolean {
  return s.length <= MAX_CREDIT + 8 && ROLE_ANYWHERE.test(s);
}

/** Credits of pictures that name nobody: 受访者供图, 资料图片, 网络图片. */
const NOBODY_CREDITS = /受访者供图|受访者提供|资料图片|资料图|网络图片|图片来源网络|图片来自网络/gu;
const SEPARATORS = new RegExp(`^[\\s:：/／╱${BARS}\\-—]+|[\\s:：/／╱${BARS}\\-—]+$`, 'gu');
const NAME_SPLIT = /[\s、，,;；]+/u;
/** A person's unit in parentheses after the name: 张三（市农业农村局）. */
const UNIT_AFTER_NAME = /[（(][^（()）]{2,20}[)）]/gu;
const MAX_CREDIT = 80;

const isSingleHan = (t: string) => t.length === 1 && HAN.test(t);
const HAN = /\p{Script=Han}/u;

/**
 * Names whose characters a page spaced out to the width of longer names, joined: 方 敏 → 方敏, 赵  培 → 赵培, 赵 培 刚
 * → 赵培刚 (a run of two or three single characters is one name), 方 敏 王乐文 → 方敏 王乐文.
 */
export function joinSpacedNames(tokens: string[]): string[] {
  if (tokens.length >= 2 && tokens.length <= 3 && tokens.every(isSingleHan)) return [tokens.join('')];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.length === 1 && next !== undefined && next.length <= 2 && /\p{Script=Han}/u.test(next)) {
      out.push(t + next);
      i++;
    } else out.push(t);
  }
  return out;
}

/** The tokens of a run of names, or null when one is not a person's name (units allowed where `units` is given). */
function namesOf(run: string, units?: string[]): string[] | null {
  const text = run.replace(UNIT_AFTER_NAME, ' ').replace(SEPARATORS, '').trim();
  if (!text) return [];
  const tokens = joinSpacedNames(text.split(NAME_SPLIT).filter(Boolean));
  const names: string[] = [];
  for (const t of tokens) {
    if (isPersonName(t, { credited: true })) names.push(t);
    else if (units && (isUnitName(t) || /[科部组室]$/u.test(t)) && t.length <= 20) units.push(t);
    else return null;
  }
  return names;
}

function isQualifier(s: string): boolean {
  return QUALIFIERS.includes(s) || OUTLET.test(s) || QUALIFIERS.some((q) => s.endsWith(q) && OUTLET.test(s.slice(0, -q.length)));
}

interface RoleMatch {
  role: string;
  start: number;
  end: number;
}

function roleMatches(s: string): RoleMatch[] {
  return [...s.matchAll(ROLE)].map((m) => ({ role: m[1] ?? m[2] ?? m[3], start: m.index, end: m.index + m[0].length }));
}

/**
 * Reads a whole credit: every part of the text must be a lead-in, an outlet, a role word or a person's name.
 * Returns null when anything else is left (a sentence that happens to contain 记者), or when no role names anybody.
 */
export function readCredit(raw: string): Credit | null {
  let s = raw.replace(/[\u00A0\u2007\u202F\u3000]/g, ' ').trim();
  if (!s || s.length > MAX_CREDIT || /[。！？!?，,]$/.test(s) || /[。！？]/.test(s)) return null;
  s = s.replace(MARKERS, '');
  const wrapped = WRAPPER.exec(s);
  if (wrapped) s = wrapped[1];
  s = s.replace(PREFIX_WORDS, '').replace(NOBODY_CREDITS, ' ').replace(FILED_FROM, '').trim();
  const matches = roleMatches(s);
  if (matches.length === 0) return null;
  const roles: CreditRole[] = [];
  let outlet: string | null = null;
  let at = 0;
  for (const m of matches) {
    const row = LABEL_ROW.get(m.role)!;
    const before = s.slice(at, m.start).replace(SEPARATORS, '').trim();
    const current: CreditRole = { role: m.role, field: row.field, names: [], units: [] };
    // Two roles for the same names (记者 通讯员 张三 李四, 文/图 张三): the names that follow are credited once, to the second.
    const empty = roles[roles.length - 1];
    if (!before && empty && empty.names.length === 0 && empty.units.length === 0 && empty.field === row.field) roles.pop();
    if (before) {
      const previous = roles[roles.length - 1];
      const lastWord = before.split(/\s+/).pop()!;
      const leading = before.slice(0, before.length - lastWord.length).trim();
      // A word glued to a reporter's role is the outlet or a qualifier (南都记者, 本报记者): names follow the role.
      const glued = row.bare && !row.postfix && /\p{Script=Han}$/u.test(before) && s[m.start - 1] === before[before.length - 1];
      const usedAsPrefix = /^\s*[:：]/u.test(s.slice(m.end));
      // Only one word may be glued on as the outlet: 来源：中国青年报 中青报·中青网记者 … is a source, then a credit.
      if (!previous && ((glued && !leading) || isQualifier(before.replace(/\s+/g, ''))) && !row.contributor) {
        outlet = before.replace(/\s+/g, '');
      } else if (row.postfix && !usedAsPrefix && (!previous || previous.names.length > 0 || previous.units.length > 0)) {
        // 张三 摄, 张三/文, 某某科供稿: the names before the role are its own.
        const names = namesOf(before, row.contributor ? current.units : undefined);
        if (names === null) return null;
        current.names.push(...names);
      } else if (previous && previous.names.length === 0) {
        // 记者 张三 李四 通讯员 王五: the names before this role belong to the one before. A word glued to a reporter's
        // role opens the next credit instead (采写：南都记者 余毅菁; 文/观察者网专栏作者 王文).
        const asNames = glued ? null : namesOf(before);
        if (asNames && asNames.length > 0) previous.names.push(...asNames);
        else if (glued || isQualifier(lastWord)) {
          outlet ??= lastWord;
          const names = namesOf(leading);
          if (names === null) return null;
          previous.names.push(...names);
          // A label that only introduces the credit (采写：) names nobody itself.
          if (previous.names.length === 0 && !LABEL_ROW.get(previous.role)!.postfix) roles.pop();
        } else return null;
      } else if (previous && isQualifier(lastWord) && !row.postfix) {
        const names = namesOf(leading);
        if (names === null) return null;
        previous.names.push(...names);
      } else return null;
    }
    roles.push(current);
    at = m.end;
  }
  const rest = s.slice(at).replace(SEPARATORS, '').trim();
  const last = roles[roles.length - 1];
  if (rest) {
    const names = namesOf(rest, LABEL_ROW.get(last.role)!.contributor ? last.units : undefined);
    if (names === null) return null;
    last.names.push(...names);
  }
  const named = roles.filter((r) => r.names.length > 0 || r.units.length > 0);
  // A role left without names is only a marker that closes the credit (记者陈智 整合, 张三 摄 has its names).
  if (named.length === 0 || roles.some((r) => r.names.length === 0 && r.units.length === 0 && !LABEL_ROW.get(r.role)!.postfix)) {
    return null;
  }
  return { roles: named, outlet };
}

const MAX_NAMES_ONLY = 30;
/** A photo credit (刘通摄) is no name. */
const CREDIT_WORD_END = /(?:摄|攝|供图|报道)$/u;

/** The inside of a parenthesis of names only (张三 李四, 张三、李四): every token a person's name. */
export function readNamesOnly(raw: string): string[] | null {
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > MAX_NAMES_ONLY) return null;
  const tokens = joinSpacedNames(trimmed.replace(/[\u00A0\u3000]/g, ' ').split(NAME_SPLIT).filter(Boolean));
  if (tokens.length === 0 || tokens.length > 6) return null;
  for (const t of tokens) if (!isPersonName(t) || CREDIT_WORD_END.test(t)) return null;
  return tokens;
}

/** The names a credit gives one field, in order, each once. */
export function creditNames(credit: Credit, field: LabelField): string[] {
  const out: string[] = [];
  for (const r of credit.roles) if (r.field === field) for (const n of r.names) if (!out.includes(n)) out.push(n);
  return out;
}

/** The units a credit names as contributors (某某党支部、某某科供稿). */
export function creditUnits(credit: Credit): string[] {
  return credit.roles.flatMap((r) => r.units);
}

