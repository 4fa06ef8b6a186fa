// Simplified or Traditional, conversion to Simplified, and pinyin debris left by converters (統(tǒng)一).

import * as OpenCC from 'opencc-js/t2cn';
import type { Script } from '../model';

/**
 * Frequent characters that exist only in Traditional writing, and their Simplified forms (same order).
 * Chosen so that no character of one list is a normal Simplified character (著, 乾, 髮… are left out).
 */
const TRADITIONAL_ONLY =
  '們個來時為國說會對發經過還進這學實現體關開與動點機業務長無問數當將應員義種記東並區從興總隊書紀統黨設門際會議資產計報務導擊極響權幹廣場於調職辦處萬傳領強構聯繫議歷級滿環節層護請責驗維態係議據讓專華衛選語認論單買賣讀寫聽見觀覺視親錢鐵銀鄉縣師員廳幾產頭樓車軍農獲將變鬥勞顯則網們歲費質聲優創積極';
const SIMPLIFIED_ONLY =
  '们个来时为国说会对发经过还进这学实现体关开与动点机业务长无问数当将应员义种记东并区从兴总队书纪统党设门际会议资产计报务导击极响权干广场于调职办处万传领强构联系议历级满环节层护请责验维态系议据让专华卫选语认论单买卖读写听见观觉视亲钱铁银乡县师员厅几产头楼车军农获将变斗劳显则网们岁费质声优创积极';

/** Per UTF-16 code unit: 1 for a Traditional-only marker, 2 for a Simplified-only one (a table: this runs on every page). */
const MARKER = new Uint8Array(0x10000);
for (const c of TRADITIONAL_ONLY) if (!SIMPLIFIED_ONLY.includes(c)) MARKER[c.charCodeAt(0)] = 1;
for (const c of SIMPLIFIED_ONLY) if (!TRADITIONAL_ONLY.includes(c)) MARKER[c.charCodeAt(0)] = 2;
/** Traditional needs this many marker characters and this many times the Simplified ones. */
const MIN_TRADITIONAL = 3;
const TRADITIONAL_RATIO = 3;

function isHanCodeUnit(code: number): boolean {
  // CJK Unified Ideographs and Extension A; surrogates of the supplementary planes count too.
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xd840 && code <= 0xd87f);
}

/** 'zh-Hant' only when Traditional-only characters clearly outnumber Simplified-only ones; 'none' without Han. */
export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  let han = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const marker = MARKER[code];
    if (marker === 1) traditional++;
    else if (marker === 2) simplified++;
    else if (!han && isHanCodeUnit(code)) han = true;
  }
  if (!han && traditional === 0 && simplified === 0) return 'none';
  return traditional >= MIN_TRADITIONAL && traditional > simplified * TRADITIONAL_RATIO ? 'zh-Hant' : 'zh-Hans';
}

let converter: ((s: string) => string) | null = null;

/** Traditional → Simplified with opencc-js's t2cn preset: Hong Kong and Taiwan variants first, then characters and phrases. */
export function toSimplified(text: string): string {
  converter ??= OpenCC.ConverterFactory(OpenCC.Locale.from.hk, OpenCC.Locale.from.tw, OpenCC.Locale.to.cn);
  return converter(text);
}

/**
 * Pinyin a broken converter left after a character: `統(tǒng)一` → `統一`, `區(qū)` → `區`.
 * Only a parenthesized run of lower-case Latin letters with at least one tone mark or ü, right after a Han character;
 * `黨(工)委`, `(2022)`, `(记者 魏宁)` and `(集团)` stay.
 */
const PINYIN_DEBRIS =
  /(?<=\p{Script=Han})[(（](?=[a-z\u00E0-\u00FC\u0101-\u01DC\u0300-\u036F ]*[\u00E0-\u00FC\u0101-\u01DC\u0300-\u036F])[a-z\u00E0-\u00FC\u0101-\u01DC\u0300-\u036F]+(?: [a-z\u00E0-\u00FC\u0101-\u01DC\u0300-\u036F]+)*[)）]/gu;

const TONE_MARK = /[\u00E0-\u00FC\u0101-\u01DC\u0300-\u036F]/;

export function repairPinyinDebris(text: string): string {
  return TONE_MARK.test(text) ? text.replace(PINYIN_DEBRIS, '') : text;
}
