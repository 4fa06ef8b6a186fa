import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/index';
import { normalizeArticle } from '../../lib/normalize/article';
import { loadDocument } from './helpers';

function bodyOf(body: string): string {
  const doc = loadDocument(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
  return normalizeArticle(extractPage(doc, { keepHtml: false, url: 'http://x.example.cn/a.html' })).text;
}

const PARAGRAPHS = [
  '记者12日从中央气象台获悉，未来三天我国南方地区的雨雪过程将呈现加强态势，春运工作面临新一轮考验，各地交通部门已经启动应急预案。',
  '据气象部门介绍，此次雨雪天气影响范围广、持续时间长，贵州、湖南等地部分路段将出现道路结冰，请旅客合理安排出行时间。',
  '铁路部门表示，将加强对重点线路的巡查，必要时增开临时列车，全力保障旅客安全有序出行，并及时发布列车运行信息。',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

describe('a labelled summary box above the body', () => {
  const page = (box: string) => `
    <h1>南方雨雪将加强 春运面临新考验</h1>
    <div class="info">2012-01-12 09:48 来源：本网</div>
    <div class="daodu">${box}</div>
    <div class="list"><ul></ul></div>
    <div class="text" id="text">${PARAGRAPHS}</div>
    <div class="footer">版权所有 本网</div>`;

  it('keeps the 摘要 box as the first line of the body', () => {
    const text = bodyOf(page('<b>摘要：</b>未来三天我国南方地区的雨雪过程将呈现加强态势，春运工作面临新一轮考验。'));
    expect(text.split('\n')[0]).toBe('摘要：未来三天我国南方地区的雨雪过程将呈现加强态势，春运工作面临新一轮考验。');
    expect(text).toContain('记者12日从中央气象台获悉');
  });

  it('keeps a 核心提示 box and takes it only once when the body already holds it', () => {
    // Readability takes a sibling this long into its article, while the region found in the page is the body below.
    const box =
      '<strong>核心提示：</strong>铁路部门将加强对重点线路的巡查，必要时增开临时列车，全力保障旅客安全有序出行；气象部门提醒，贵州、湖南等地部分路段将出现道路结冰，请旅客合理安排出行时间。';
    const text = bodyOf(page(box));
    expect(text.match(/核心提示/g)).toHaveLength(1);
  });

  it('adds no unlabelled box above the body', () => {
    const text = bodyOf(page('本网记者 张三 李四 报道。更多内容请关注本网微博。'));
    expect(text).not.toContain('请关注本网微博');
    expect(text.split('\n')[0]).toContain('记者12日从中央气象台获悉');
  });
});

describe('a one-sentence notice', () => {
  it('comes out as its own lines, not as nothing', () => {
    const text = bodyOf(`
      <div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">新闻中心</a> <a href="/c">办事服务</a></div>
      <h1>关于印发某某管理办法的通知</h1>
      <div id="zoom">
        <p>各乡镇人民政府，县直各单位：</p>
        <p>现将《某某管理办法》印发给你们，请认真贯彻执行。</p>
        <p style="text-align:right">某县人民政府办公室</p>
        <p style="text-align:right">2023年6月1日</p>
      </div>
      <div class="footer">主办单位：某县人民政府办公室 版权所有</div>`);
    expect(text).toContain('现将《某某管理办法》印发给你们，请认真贯彻执行。');
    expect(text).toContain('各乡镇人民政府，县直各单位：');
    expect(text).not.toContain('首页');
  });
});

describe('a notice that presents a data table', () => {
  const TABLE = `<table border="1">
    <tr><td>序号</td><td>单位</td><td>项目名称</td><td>投资（万元）</td></tr>
    <tr><td>1</td><td>县农业农村局</td><td>高标准农田建设</td><td>1200</td></tr>
    <tr><td>2</td><td>县水利局</td><td>水库除险加固</td><td>800</td></tr>
    <tr><td>3</td><td>县交通局</td><td>农村公路提升</td><td>650</td></tr></table>`;
  const page = (content: string) => `
    <div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">新闻中心</a> <a href="/c">办事服务</a></div>
    <h1>关于2023年某某项目拟立项名单的公示</h1>
    <div class="info">发布时间：2023-06-01　来源：县发改局</div>
    <div id="zoom">${content}</div>
    <div class="footer">主办单位：某县人民政府办公室 版权所有</div>`;
  const INTRO = '<p>现将2023年某某项目拟立项名单予以公示，公示期为2023年6月1日至6月7日，如有异议请向县发改局反映。</p>';
  const ROWS = ['序号\t单位\t项目名称\t投资（万元）', '1\t县农业农村局\t高标准农田建设\t1200', '3\t县交通局\t农村公路提升\t650'];

  it('keeps the table under the sentence that introduces it', () => {
    const text = bodyOf(page(`${INTRO}${TABLE}`));
    for (const row of ROWS) expect(text).toContain(row);
    expect(text).toContain('如有异议请向县发改局反映。');
  });

  it('keeps the table and the signature lines under it', () => {
    const text = bodyOf(page(`${INTRO}${TABLE}<p>某县发展和改革局</p><p>2023年6月1日</p>`));
    for (const row of ROWS) expect(text).toContain(row);
    expect(text).toContain('某县发展和改革局');
  });

  it('takes a table with a line or two of text for an article', () => {
    const text = bodyOf(page(`<p>经审核，现将拟立项项目公示如下：</p>${TABLE}<p>公示期：2023年6月1日至6月7日。</p>`));
    const lines = text.split('\n');
    expect(lines[0]).toBe('经审核，现将拟立项项目公示如下：');
    expect(lines.slice(1, 5)).toContain(ROWS[1]);
    expect(lines[lines.length - 1]).toBe('公示期：2023年6月1日至6月7日。');
  });

  it('takes a table of links to other pages for no article', () => {
    const links = [1, 2, 3, 4]
      .map((i) => `<tr><td>${i}</td><td><a href="/d/${i}.html">关于印发某某县第${i}批重点项目实施方案的通知</a></td><td>2023-0${i}-01</td></tr>`)
      .join('');
    expect(bodyOf(page(`<table>${links}</table>`))).toBe('');
  });
});

describe('a short notice beside a list of other articles with their summaries', () => {
  it('is the notice alone', () => {
    const teaser = (i: number) =>
      `<li><a href="/t/${i}.html">县政府召开第${i}次常务会议</a><p>会议听取了第${i}季度全县经济运行情况汇报，研究部署了下一阶段重点工作，要求各部门狠抓落实，确保完成全年目标任务。</p></li>`;
    const text = bodyOf(`
      <div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">新闻中心</a></div>
      <div class="main">
        <div class="left"><h1>停水通知</h1><div class="info">发布时间：2023-06-14</div>
          <div class="content"><p>因管网维修，6月15日8时至18时城区部分区域停水。</p><p>请居民提前做好储水准备。</p></div></div>
        <div class="right"><h3>政务动态</h3><ul>${[1, 2, 3, 4, 5].map(teaser).join('')}</ul></div>
      </div>
      <div class="footer">主办单位：某县人民政府办公室 版权所有</div>`);
    expect(text).toBe('因管网维修，6月15日8时至18时城区部分区域停水。\n请居民提前做好储水准备。');
  });
});

describe('text whose lines end in commas', () => {
  it('is an article when a notice is hard-wrapped with <br> inside its sentences', () => {
    const text = bodyOf(`
      <div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">新闻中心</a></div>
      <h1>关于春节期间值班安排的通知</h1>
      <div class="content">根据上级安排，春节期间我局实行值班制度，<br>请各科室做好值班安排，确保工作正常运转，<br>如遇紧急情况及时报告。</div>
      <div class="footer">主办单位：某县人民政府办公室 版权所有</div>`);
    expect(text).toContain('根据上级安排，春节期间我局实行值班制度，');
    expect(text).toContain('如遇紧急情况及时报告。');
  });
});

describe('a table of thousands of rows (Readability reads its first rows only; the body has them all)', () => {
  const intro = '<p>根据统计执法检查工作安排，现将2023年全市规模以上工业企业主要经济指标公布如下，请各单位认真核对。</p>';
  const row = (i: number) => `<tr><td>企业${i + 1}</td><td>${(i * 37) % 1000}</td><td>${(i * 91) % 1000}</td></tr>`;
  const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i)).join('');
  const page = (main: string, side = '') =>
    `<html><body><div class="nav"><a href="/">首页</a> <a href="/tjsj/">统计数据</a></div>
     <div class="main"><h1>2023年全市规模以上工业企业主要经济指标</h1><div id="zoom">${main}</div></div>${side}
     <div class="footer">主办单位：某市统计局</div></body></html>`;

  it('keeps every row of a 1,500-row table, in order, under the line that introduces it', () => {
    const { bodyBlocks } = extractPage(loadDocument(page(`${intro}<table><tbody>${rows(1_500)}</tbody></table>`)), { keepHtml: false });
    expect(bodyBlocks[0]).toContain('现将2023年全市规模以上工业企业主要经济指标公布如下');
    expect(bodyBlocks.slice(1)).toEqual(Array.from({ length: 1_500 }, (_, i) => `企业${i + 1}\t${(i * 37) % 1000}\t${(i * 91) % 1000}`));
  });

  it('leaves a long list of links beside the article out of it', () => {
    const links = Array.from({ length: 600 }, (_, i) => `<tr><td><a href="/t${i}.html">关于做好第${i}项工作的通知</a></td></tr>`).join('');
    const article = `${intro}<p>${'全市统计系统深入开展统计造假专项治理行动，依法查处统计违法案件，确保统计数据真实准确完整及时。'.repeat(3)}</p>`;
    const { bodyBlocks } = extractPage(loadDocument(page(article, `<div class="side"><table><tbody>${links}</tbody></table></div>`)), { keepHtml: false });
    expect(bodyBlocks).toHaveLength(2);
    expect(bodyBlocks.join('\n')).not.toContain('项工作的通知');
  });
});
