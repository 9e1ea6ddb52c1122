/** The spreadsheets feature's texts: importing a filled month template (i18next namespace 'spreadsheets'); the shape every other language follows. */
export const spreadsheetsZhCN = {
  import: {
    title: '导入Excel',
    drop: '点击或拖入填好的模板（.xlsx）',
    hint: '先试导入并检查，确认无误后再写入；同一文件重复导入不会改变数据',
    checking: '正在检查文件…',
    blocking: '文件存在问题，不能导入。请按下表修改后重新上传',
    ready: '检查通过，导入将更新 {{changes}} 项指标',
    alreadyImported: '该文件此前已导入过，再次导入不会改变数据',
    file: '文件',
    rowsParsed: '识别行数',
    changes: '将更新',
    problemsTitle: '文件问题（共 {{count}} 处）',
    moreProblems: '仅显示前 {{shown}} 处，共 {{count}} 处',
    findingsTitle: '数据检查',
    sheet: '工作表',
    row: '行',
    column: '列',
    message: '问题',
    again: '重新上传',
    commit: '确认导入',
    committed: '已导入，更新 {{changed}} 项指标',
    committedNoChange: '已导入，数据没有变化',
  },
  actions: {
    close: '关闭',
  },
};
