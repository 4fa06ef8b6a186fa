// README.txt of the bundle: what each file and field is, in Chinese and English, and how to load the data.

import { EDITABLE_FIELDS } from '../model';
import { ARTICLE_FIELDS, type FieldKind } from './fields';
import { CSV_COLUMNS } from './metadata-csv';

/** datasets' JSON loader guesses types per 10 MB block and fails when a column is all null in the first one. */
function datasetsFeature(kind: FieldKind): string {
  switch (kind) {
    case 'count':
    case 'nullable-count':
      return 'Value("int64")';
    case 'boolean':
      return 'Value("bool")';
    case 'string-list':
      return '[Value("string")]';
    case 'extracted':
      return `{${EDITABLE_FIELDS.map((f) => `"${f}": Value("string")`).join(', ')}}`;
    case 'extractor':
      return '{"name": Value("string"), "version": Value("string")}';
    default:
      return 'Value("string")';
  }
}

const datasetsFeatures = () =>
  ARTICLE_FIELDS.map((f) => `        "${f.name}": ${datasetsFeature(f.kind)},`).join('\n');

export function bundleReadme(created: Date, articleCount: number): string {
  const fieldLines = ARTICLE_FIELDS.map(
    (f) => `  ${f.name}${f.extra ? ' *' : ''}\n      ${f.zh}\n      ${f.en}`,
  ).join('\n');
  const csvLines = CSV_COLUMNS.map((c) => `  ${c.name} (${c.type})  ${c.zh} / ${c.en}`).join('\n');
  return `zhengwen 正文语料 / zhengwen corpus
导出时间 Exported: ${created.toISOString()}
文章数 Articles: ${articleCount}

== 文件 Files ==

articles.jsonl     每行一篇文章的 JSON 对象（UTF-8），含全部字段和正文；重新导入 zhengwen 时使用此文件。
                   One JSON object per line (UTF-8) with every field and the full text; zhengwen imports this file.
metadata.csv       除正文外的全部字段，每篇一行；UTF-8（带 BOM，Excel 可直接打开），RFC 4180 引号规则，CRLF 换行，
                   列表字段以 ; 分隔。以 = + - @、制表符或回车开头的文本单元格前加 '，以免被电子表格当作公式执行
                   （原值见 articles.jsonl）。
                   Every field except the texts, one row per article; UTF-8 with BOM (opens in Excel directly),
                   RFC 4180 quoting, CRLF line ends, lists joined with ';'. A text cell starting with = + - @, tab
                   or CR gets a leading ' so that a spreadsheet never runs it as a formula (articles.jsonl has the
                   exact value).
texts/NNNN_<id>.txt 每篇正文一个文件：第一行标题，空一行，然后正文（每段一行）。NNNN 为采集先后顺序。
                   可直接载入 AntConc 等语料库工具（File → Open Dir → texts）。
                   One file per article: title line, blank line, body (one paragraph per line). NNNN is the capture
                   order. Load the folder into AntConc or other corpus tools as is.
html/<id>.html     网页快照（仅在导出时选择包含快照时存在）。Page snapshots (only when chosen at export).
citations.json     每篇文章一条 CSL-JSON 引文（可导入 Zotero、Mendeley 及任何 CSL 引文处理器）：作者为整名
                   （中文姓名不拆分），报纸文章为 article-newspaper，有发文机关和发文字号的公文为 regulation，
                   其余为 webpage；issued 为发布日期（精度与页面一致），accessed 为采集日期（UTC），
                   container-title 为报纸或网站名，section 为栏目，number 为文号，page 为版次，其余信息在 note 中。
                   One CSL-JSON citation per article (imports into Zotero, Mendeley and any CSL processor): authors
                   as whole names (Chinese names are not split), article-newspaper for a newspaper's article,
                   regulation for a notice giving its issuing body and document number (文号), webpage otherwise;
                   issued = publication date at the page's precision, accessed = capture date (UTC),
                   container-title = newspaper or site, section = column, number = 文号, page = print page (版次),
                   everything else in note.
README.md          Hugging Face 数据集卡片：YAML 头声明 articles.jsonl 及其字段类型，load_dataset(文件夹) 可直接读取。
                   Hugging Face dataset card: its YAML header declares articles.jsonl and its features, so
                   load_dataset(folder) reads the corpus as is.
datapackage.json   Data Package v2 描述：每个文件的字节数和 SHA-256，metadata.csv 的字段类型，采集批次（sources）。
                   Data Package v2: bytes and SHA-256 of every file, typed schema of metadata.csv, capture runs
                   (sources).

== articles.jsonl 字段 Fields ==
（带 * 的字段为补充字段，用于无损导入。Fields marked * are extras kept so that re-import loses nothing.）

${fieldLines}

缺失值为 null（列表为空列表）。Missing values are null (empty lists for lists).

== metadata.csv 列 Columns ==
（与 articles.jsonl 相同的字段，另有 text_file、published_date；extractor 拆为两列；extracted 为 JSON 文本。
  Same fields as articles.jsonl plus text_file and published_date; extractor split in two columns; extracted as JSON.）

${csvLines}

== 载入方法 How to load ==

pandas:
    import pandas as pd
    articles = pd.read_json("articles.jsonl", lines=True, dtype=False, convert_dates=False)
    ids = {"id": str, "near_duplicate_of": str, "fingerprint": str, "sha256": str}
    meta = pd.read_csv("metadata.csv", encoding="utf-8-sig", dtype=ids,
                       parse_dates=["captured_at", "first_captured_at"])
    # dtype 保持 id 等十六进制编号为文本（否则全数字的 id 会被当作数字）。
    # dtype keeps hex ids as text (an all-digit id would otherwise become a number).

Hugging Face datasets:
    from datasets import load_dataset
    ds = load_dataset(".", split="train")      # 在解压后的文件夹中，按 README.md 声明的字段读取
                                              # in the unzipped folder: reads the features README.md declares
    # 或者 or, without the card:
    from datasets import load_dataset, Features, Value
    features = {
${datasetsFeatures()}
    }
    ds = load_dataset("json", data_files="articles.jsonl", features=Features(features), split="train")
    # 指定 features：datasets 按 10 MB 分块推断类型，首块全为空值的列会出错。
    # Pass features: datasets guesses types per 10 MB block and fails on columns that are all null in the first.

Excel:
    双击 metadata.csv 即可（UTF-8 BOM）。若 id 等编号显示为数字，请用“数据 → 从文本/CSV”导入并将这些列设为“文本”。
    Double-click metadata.csv (UTF-8 with BOM). If ids show as numbers, use Data → From Text/CSV and set those
    columns to Text.

AntConc / 语料库工具 corpus tools:
    打开 texts 文件夹，编码选 UTF-8。Open the texts folder, encoding UTF-8.

校验 Check the files (Frictionless):
    frictionless validate datapackage.json
`;
}
