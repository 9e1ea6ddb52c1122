/** The project-tours feature's texts (zh-CN gives the shape the other languages follow). */
export const projectToursZhCN = {
  menu: { projectTours: '观摩拉练' },
  title: '观摩拉练',
  empty: '暂无观摩拉练',
  status: { nominating: '推荐项目中', scoring: '评分中', closed: '已结束' },
  columns: { name: '名称', tourDate: '日期', status: '状态', stops: '观摩点位', mine: '包联项目' },
  actions: {
    create: '新建观摩拉练', open: '查看', back: '返回列表', nominate: '推荐项目', fixRoute: '确定路线', saveScores: '保存评分', close: '结束评分并公布排名',
    up: '上移', down: '下移', cancel: '取消', save: '保存',
  },
  form: {
    name: '名称', tourDate: '日期', criteria: '评分项目（分值合计100分）', criterionName: '评分项目', weight: '分值', judges: '评委', addCriterion: '添加评分项目',
    total: '合计 {{total}} 分', totalWrong: '分值合计须为100分，目前为 {{total}} 分', required: '请填写',
  },
  tour: {
    source: '依据：文件 {{file}}',
    organiser: '组织单位', criteria: '评分项目', judges: '评委', route: '观摩路线', nominations: '推荐项目', notOnRoute: '未列入路线', position: '第 {{n}} 站',
    project: '项目', district: '所属区', contactLeader: '包联领导', noStops: '暂无推荐项目', chooseProject: '选择本区项目', onRoute: '列入路线',
    scoring: '我的评分', scoreHint: '每项 0 至满分，最多一位小数', myTotal: '合计 {{total}} 分', scored: '已评分', invalid: '请检查：{{names}}',
    results: '各区排名', rank: '名次', score: '平均得分', scoredStops: '已评点位', stopScore: '点位得分', allScores: '全部评分', judge: '评委',
    resultsHidden: '评分结束后公布全部评分和排名', confirmClose: '结束评分？', confirmCloseText: '结束后不能再评分，全部评分和各区排名向所有人公开。',
    rule: '排名规则：每位评委对一个点位各项打分之和为其总分；点位得分为各评委总分的平均数；各区得分为其已评点位得分的平均数，四舍五入保留两位小数后排名，得分相同名次并列。',
  },
  messages: { created: '观摩拉练已创建', nominated: '已推荐', routeFixed: '路线已确定', scoresSaved: '评分已保存', closed: '评分已结束，排名已公布' },
};
