// A small government site for batch tests: a 政务动态 list over two pages (TRS paths, createPageHTML pager, menus)
// and its article pages, as HTML strings; the unit tests and the Chromium tests serve the same pages.

export interface SiteArticle {
  path: string;
  title: string;
  date: string;
}

const PARAGRAPHS = [
  '会议强调，要坚持以人民为中心的发展思想，统筹发展和安全，扎实做好各项工作，推动经济社会高质量发展取得新成效。',
  '会议要求，各地各部门要压紧压实责任，细化工作措施，加强督促检查，确保各项任务落到实处、见到实效。',
  '会议还研究了其他事项。市政府领导班子成员，各区政府、市各有关部门主要负责同志参加会议。',
];

/** An article page in the layout of a 市政府 TRS site. */
export function articleHtml(article: SiteArticle, n: number, charsetMeta = true): string {
  return `<!DOCTYPE html><html><head>${charsetMeta ? '<meta charset="utf-8">' : ''}<title>${article.title}_示范市人民政府</title>
<meta name="ArticleTitle" content="${article.title}"><meta name="PubDate" content="${article.date} 09:30">
<meta name="ContentSource" content="示范市政府办公室"><meta name="SiteName" content="示范市人民政府"></head>
<body><div class="nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a></div>
<div class="article"><h1>${article.title}</h1><div class="info">发布时间：${article.date} 09:30　来源：示范市政府办公室</div>
<div class="TRS_Editor">${PARAGRAPHS.map((p) => `<p>第${n}篇。${p}</p>`).join('')}</div></div>
<div class="footer">主办单位：示范市人民政府办公室</div></body></html>`;
}

/** A list page with links to `articles`, menus and a pager (`page` of `pages`, TRS style). */
export function listHtml(articles: readonly SiteArticle[], page: number, pages: number, extraLinks = ''): string {
  const rows = articles.map((a) => `<li><a href="${a.path}" target="_blank">${a.title}</a><span>${a.date}</span></li>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政务动态_示范市人民政府</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwdt/">政务动态</a></li></ul>
<div class="list"><h2>政务动态</h2><ul>${rows}${extraLinks}</ul>
<div class="page"><script>createPageHTML(${pages}, ${page}, "index", "html");</script><a href="/zwdt/">更多</a></div></div>
<div class="footer"><a href="/wzdt/">网站地图</a> 主办单位：示范市人民政府办公室</div></body></html>`;
}

/** `count` articles at /zwdt/202403/t202403DD_N.html. */
export function siteArticles(count: number, from = 1): SiteArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const day = String((n % 28) + 1).padStart(2, '0');
    return { path: `/zwdt/202403/t202403${day}_${1000 + n}.html`, title: `示范市召开第${n}次政务工作推进会议`, date: `2024-03-${day}` };
  });
}
