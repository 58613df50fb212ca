/**
 * The Simplified Chinese strings decap-cms-locales 3.8 lacks (47 of them, against its
 * English); merged over its zh_Hans so no English shows. tests/unit/desk/deskLocale.test.ts
 * fails when a Decap update adds strings that are missing here.
 */
export const ZH_HANS_EXTRA = {
  auth: { loginWithForgejo: '使用 Forgejo 登录' },
  collection: {
    collectionTop: { viewAsList: '列表视图', viewAsGrid: '网格视图' },
    entries: { unpublishedHeader: '未发布的条目' },
  },
  editor: {
    editorControl: { field: { widgetLabel: '%{widgetLabel}字段' } },
    editorControlPane: {
      widget: { rangeMin: '%{fieldLabel}至少要有 %{minCount} 项。', rangeMax: '%{fieldLabel}最多 %{maxCount} 项。' },
    },
    editorInterface: { toggleNotes: '显示或隐藏批注' },
    editorNotesPane: {
      title: '批注',
      emptyState: '还没有批注。在下面写下第一条，和同事一起审阅。',
      addNote: '添加批注',
      addPlaceholder: '写一条批注…',
      editPlaceholder: '修改批注…',
      save: '保存',
      cancel: '取消',
      edit: '修改',
      delete: '删除',
      resolve: '标为已解决',
      unresolve: '重新打开',
      confirmDelete: '确定删除这条批注吗？',
      shortcut: '提示：按 Ctrl+Enter 可快速添加批注',
    },
    editorToolbar: {
      statusInfoTooltipDraft: '条目状态为草稿。改好后把状态设为「待审核」提交审阅。',
      statusInfoTooltipInReview: '条目正在审核，无需其他操作；审核期间仍可继续修改。',
    },
    editorWidgets: {
      markdown: { strikethrough: '删除线', toggleMode: { rich: '切换到富文本模式', markdown: '切换到 Markdown 模式' } },
      image: { chooseMultiple: '选择图片', addMore: '添加更多图片', removeAll: '移除全部图片' },
      file: { chooseMultiple: '选择文件', addMore: '添加更多文件', removeAll: '移除全部文件' },
      datetime: { setToNow: '把%{fieldLabel}设为现在' },
      list: { addType: '添加%{item}' },
      object: { expand: '展开', collapse: '收起' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: '关闭' } },
  ui: {
    settingsDropdown: { account: '账户选项' },
    toast: {
      noteAdded: '已添加批注',
      onFailToAddNote: '添加批注失败：%{details}',
      noteUpdated: '已更新批注',
      onFailToUpdateNote: '更新批注失败：%{details}',
      noteDeleted: '已删除批注',
      onFailToDeleteNote: '删除批注失败：%{details}',
      noteResolved: '批注已解决',
      noteReopened: '批注已重新打开',
      onFailToToggleNote: '更改批注状态失败：%{details}',
    },
  },
};

type Strings = { [key: string]: string | Strings };

/** Deep merge: `extra` fills what `base` lacks and never overrides a translated string. */
export function mergeLocale(base: Strings, extra: Strings): Strings {
  const out: Strings = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    if (typeof value === 'string') out[key] = current ?? value;
    else out[key] = mergeLocale(typeof current === 'object' ? current : {}, value);
  }
  return out;
}
