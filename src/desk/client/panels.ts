/**
 * The desk's own panels, plain DOM beside Decap's React tree: the content checks' findings
 * on saving, the import of raw reports, and a short help text. Plain DOM because Decap 3.16 has no extension point
 * for a panel beside the form.
 */
export interface CheckAnswer {
  lines: string[];
  errorCount: number;
  warningCount: number;
  summary: string;
  failed?: boolean;
}

function panel(id: string, label: string): HTMLElement {
  let element = document.getElementById(id);
  if (!element) {
    element = document.createElement('aside');
    element.id = id;
    element.setAttribute('aria-label', label);
    element.setAttribute('role', 'region');
    document.body.append(element);
  }
  return element;
}

function closeButton(element: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '关闭';
  button.addEventListener('click', () => (element.hidden = true));
  return button;
}

export function showWorking(path: string): void {
  const element = panel('desk-checks', '内容检查');
  element.hidden = false;
  element.className = 'desk-panel desk-checks';
  element.replaceChildren(Object.assign(document.createElement('p'), { textContent: `正在检查 ${path}…` }));
}

/** The checks' answer about the entry being saved: `before` Decap writes it (refused on an error), or `after` it did. */
export function showFindings(path: string, answer: CheckAnswer, phase: 'before' | 'after'): void {
  const element = panel('desk-checks', '内容检查');
  element.hidden = false;
  element.className = `desk-panel desk-checks ${answer.errorCount > 0 ? 'has-errors' : ''}`;
  const heading = document.createElement('h2');
  const list = document.createElement('ul');
  const done = phase === 'after' ? '已保存' : '检查通过，正在保存…';
  if (answer.failed) heading.textContent = `没有保存 ${path}：检查没有运行，请看运行 npm run desk 的终端窗口`;
  else if (answer.errorCount > 0) heading.textContent = `没有保存：有 ${answer.errorCount} 个错误，改正后再保存（填写的内容都还在表单里）`;
  else if (answer.warningCount > 0) heading.textContent = `${done}，有 ${answer.warningCount} 个提示`;
  else heading.textContent = phase === 'after' ? '已保存，检查通过，可以发布' : done;
  for (const line of answer.lines) {
    const item = document.createElement('li');
    item.textContent = line;
    item.className = line.startsWith('【错误】') ? 'error' : 'warning';
    list.append(item);
  }
  const summary = Object.assign(document.createElement('p'), { textContent: answer.summary });
  element.replaceChildren(heading, list, summary, closeButton(element));
}

const HELP = [
  [
    '新建',
    '左侧选「单位」或「材料」，点「新建」。新单位先填「单位编号（文件名）」；新材料选所属单位、年份和材料类型，文件名自动生成，如 2023-work-summary.mdx。',
  ],
  ['数据', '「数据」每项选一个指标、填数值：金额按万元，比率写 0–100 的百分数，「原句」抄写数值出自的句子。'],
  [
    '保存与检查',
    '点「发布」→「立即发布」时先运行与 npm run lint:content 相同的检查，结果显示在右下角。有【错误】的内容不会保存，已填写的内容仍在表单里，改正后再保存即可。',
  ],
  ['草稿与发布', '勾选「草稿」的内容不出现在网站上；填「定时发布日期」的内容到期才出现。预览网站在本机 4321 端口。'],
  ['正文', '正文用 Markdown：## 开头的一行是小标题，空一行分段。需要插入图表组件时，请按《编辑指南》在文本编辑器中修改。'],
];

export function showHelp(): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'desk-help-button';
  button.className = 'desk-help-button';
  button.textContent = '使用帮助';
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => {
    const element = panel('desk-help', '使用帮助');
    element.className = 'desk-panel desk-help';
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    element.hidden = !open;
    if (!open) return;
    const heading = Object.assign(document.createElement('h2'), { textContent: '编辑台使用帮助' });
    const list = document.createElement('dl');
    for (const [term, text] of HELP)
      list.append(
        Object.assign(document.createElement('dt'), { textContent: term }),
        Object.assign(document.createElement('dd'), { textContent: text }),
      );
    element.replaceChildren(heading, list, closeButton(element));
  });
  document.body.append(button);
}

interface ImportAnswer {
  reports: { path: string; title: string; warnings: string[]; figures: number; written: boolean }[];
  units: string[];
  errors: string[];
}

/** Where an entry file opens in the desk: `src/content/reports/u/2023-deeds.mdx` → `#/collections/reports/entries/u/2023-deeds`. */
function deskLink(path: string): string {
  const [, collection = '', slug = ''] = /^src\/content\/(units|reports)\/(.+)\.mdx?$/.exec(path) ?? [];
  return `#/collections/${collection}/entries/${slug}`;
}

function link(text: string, href: string): HTMLAnchorElement {
  return Object.assign(document.createElement('a'), { textContent: text, href });
}

/** 导入材料: a raw report (.docx/.txt/.md) goes through the importer into draft entries, listed with links and the importer's warnings. */
export function showImport(): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'desk-import-button';
  button.textContent = '导入材料';
  button.addEventListener('click', () => {
    const element = panel('desk-import', '导入材料');
    element.className = 'desk-panel desk-import';
    element.hidden = false;
    const heading = Object.assign(document.createElement('h2'), { textContent: '导入原始材料（.docx、.txt、.md）' });
    const label = Object.assign(document.createElement('label'), { textContent: '选择文件：' });
    const input = Object.assign(document.createElement('input'), { type: 'file', accept: '.docx,.txt,.md' });
    label.append(input);
    const result = document.createElement('div');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      result.replaceChildren(Object.assign(document.createElement('p'), { textContent: `正在导入 ${file.name}…` }));
      void fetch('import', { method: 'POST', headers: { 'X-File-Name': encodeURIComponent(file.name) }, body: file })
        .then((response) => response.json() as Promise<ImportAnswer>)
        .then((answer) => result.replaceChildren(...importResult(answer)))
        .catch(() =>
          result.replaceChildren(Object.assign(document.createElement('p'), { textContent: '导入失败：请看运行 npm run desk 的终端窗口' })),
        );
    });
    element.replaceChildren(heading, label, result, closeButton(element));
  });
  document.body.append(button);
}

function importResult(answer: ImportAnswer): HTMLElement[] {
  const out: HTMLElement[] = [];
  const written = answer.reports.filter((report) => report.written);
  out.push(
    Object.assign(document.createElement('p'), {
      textContent: `导入了 ${written.length} 篇草稿（draft: true，不会出现在网站上）。逐篇打开核对，改好后关闭“草稿”再保存。`,
    }),
  );
  const list = document.createElement('ul');
  for (const report of answer.reports) {
    const item = document.createElement('li');
    item.append(
      report.written ? link(report.title, deskLink(report.path)) : `${report.title}（未写入：${report.path} 已存在）`,
      `　数据 ${report.figures} 项`,
    );
    if (report.warnings.length > 0) {
      const warnings = document.createElement('ul');
      for (const warning of report.warnings)
        warnings.append(Object.assign(document.createElement('li'), { textContent: `⚠ ${warning}`, className: 'warning' }));
      item.append(warnings);
    }
    list.append(item);
  }
  for (const unit of answer.units) {
    const item = document.createElement('li');
    item.append('新单位草稿：', link(unit, deskLink(unit)), '（请补全单位类型和所属地区）');
    list.append(item);
  }
  for (const error of answer.errors)
    list.append(Object.assign(document.createElement('li'), { textContent: `【错误】${error}`, className: 'error' }));
  out.push(list);
  return out;
}
