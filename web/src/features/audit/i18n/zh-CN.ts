/** Texts of the audit trail's kept heads and checks (i18next namespace 'audit'); the shape every other language follows. */
export const auditZhCN = {
  keep: {
    download: '保存链头',
    downloaded: '已下载链头文件，请保存在数据库以外的地方（如审计人员自己的电脑或存档）',
    empty: '审计日志为空，暂无链头可保存',
    verify: '用保存的链头校验',
    title: '用保存的链头校验审计链',
    hint: '上传或粘贴之前下载的链头文件（也可为备份旁的 .head.json、“编号:哈希”或服务器的检查点日志）。若最新的记录被删除，审计链虽仍能衔接，但到不了保存的链头。',
    upload: '选择文件',
    placeholder: '{"id": 1234, "hash": "…", "count": 1234, "at": "…"}',
    invalid: '没有读到链头：需要包含编号（id）和哈希（hash）',
    close: '关闭',
    run: '校验',
    reached: '审计链完整，且仍到达保存的链头（记录 {{id}}）：共校验 {{checked}} 条。',
  },
  checkpoint: '已与服务器检查点日志中的 {{count}} 个链头比对，最远到记录 {{id}}（{{at}}）。',
  noCheckpoint: '服务器尚未写入检查点日志，请另行保存链头。',
  role: {
    title: '数据库账号可以改动审计记录',
    description: '应用连接数据库所用的账号“{{role}}”权限过大（{{findings}}）：可以关闭只追加触发器后修改或删除审计记录。请设置 HONGTU_MIGRATION_DATABASE_URL，由所有者账号执行迁移，应用账号只能读取和追加审计记录（hongtu db grants）。',
  },
  words: {
    description: '操作内容',
    object: '对象',
    history: '查看该对象的全部记录',
    only: '只看：{{type}} {{label}}',
    clear: '显示全部',
    actionCode: '操作代码',
    entityId: '对象编号',
  },
};
