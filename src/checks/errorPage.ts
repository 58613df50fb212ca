/**
 * The page the dev server shows instead of the site while content has errors, so
 * an editor previewing in the browser sees the same messages the terminal prints.
 */

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

export function contentErrorPage(messages: readonly string[]): string {
  const items = messages.map((message) => `<li><code>${escape(message)}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>内容有错误 · 预览已暂停</title>
<style>body{font:16px/1.7 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}h1{color:#a4161a;font-size:1.5rem}li{margin:.75rem 0}code{white-space:pre-wrap;word-break:break-all;font:inherit}</style></head>
<body>
<h1>内容有 ${messages.length} 个错误，改正后页面会自动刷新</h1>
<p>以下每一行依次是：文件:行号、字段、出了什么问题、怎样改正。保存文件后，本页会自动重新检查。</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}
