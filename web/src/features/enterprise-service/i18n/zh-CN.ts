/** The enterprise-service feature's texts (zh-CN gives the shape the other languages follow). */
export const enterpriseServiceZhCN = {
  menu: { problems: '企业诉求', board: '包保与培育' },
  title: '企业诉求',
  raise: '提出诉求',
  empty: '暂无诉求',
  filter: { open: '办理中', overdue: '已超期（督办）', all: '全部' },
  counts: '今年以来收集问题{{collected}}个，解决{{solved}}个；在办{{open}}个，超期{{overdue}}个',
  status: { submitted: '待签收', acknowledged: '办理中', answered: '已答复待确认', closed: '已办结' },
  category: { land: '用地', finance: '融资', labour: '用工', approval: '审批', utilities: '水电气', policy: '政策兑现', other: '其他' },
  via: { liaison: '联络专员走访', district: '区级受理', enterprise: '企业自报' },
  demo: { document: '演示数据：摘自 {{file}}（下引原句）；句中只写明件数，标题、企业与日期为演示', synthetic: '演示数据（虚构）' },
  countdown: {
    left: '剩余 {{count}} 个工作日',
    today: '今天到期',
    overdue: '超期 {{count}} 个工作日',
    none: '—',
  },
  columns: {
    enterprise: '企业', title: '诉求', category: '类别', department: '承办部门', district: '所在区', status: '状态', raisedOn: '提出日期', deadline: '办理时限',
  },
  detail: {
    acknowledgeDue: '签收时限', answerDue: '答复时限', raisedBy: '提出人', raisedVia: '来源', description: '诉求内容', answer: '部门答复',
    satisfaction: '满意度', supervision: '督办次数', reopen: '重新办理次数', history: '办理过程', closedByCity: '市级办结', age: '已历时 {{count}} 天',
  },
  action: {
    acknowledge: '签收', answer: '答复', confirm: '企业确认办结', reopen: '企业不满意，重新办理', supervise: '督办', close: '市级办结',
    send: '提交', done: '已办理', stale: '该诉求刚被他人处理，已刷新', answerText: '答复内容', text: '说明', satisfaction: '企业满意度（1–5 分）',
  },
  events: { raise: '提出', acknowledge: '签收', answer: '答复', confirm: '企业确认办结', reopen: '重新办理', supervise: '督办', close: '市级办结' },
  form: {
    creditCode: '统一社会信用代码', find: '查找', notFound: '没有找到可办理的企业', enterprise: '企业', title: '诉求标题', description: '诉求内容',
    enterpriseHint: '输入企业名称、拼音、首字母或统一社会信用代码，从本辖区企业库中选择',
    category: '类别', department: '承办部门', required: '请填写{{field}}', submit: '提交诉求', answerDays: '答复时限：{{count}} 个工作日',
  },
  board: {
    liaisons: '一企一专人', cultivation: '进规进限培育', gapDays: '未走访天数超过', unvisited: '只看未按期走访', liaison: '联络专员', lastVisit: '最近走访',
    never: '从未走访', daysAgo: '{{count}} 天前', visits: '走访次数', openProblems: '在办诉求', needsVisit: '待走访', setLiaison: '设置联络专员', addKey: '新增重点企业联络专员',
    recordVisit: '登记走访', visitedOn: '走访日期', summary: '走访情况', problems: '走访中企业提出的诉求', addProblem: '添加诉求', summaryTotal: '共 {{total}} 家重点企业，{{unvisited}} 家超过 {{gapDays}} 天未走访',
  },
  cultivation: {
    thresholds: '入库标准（年主营业务收入）', source: '依据', candidates: '培育企业', targets: '培育目标', kind: '类型', revenue: '营业收入（万元）',
    revenueMonth: '收入截至', threshold: '标准（万元）', gap: '差距（万元）', share: '达标程度', mayEnter: '可入库月份', expected: '预计入库', entered: '已入库',
    enter: '入库', enteredMonth: '入库月份', addCandidate: '登记培育企业', setTarget: '下达培育目标', target: '目标（家）', completed: '已完成', completion: '完成率',
    timeProgress: '时序进度', period: '期间', group: '类别', district: '区', year: '年度',
    kinds: { industry: '规上工业', wholesale: '限上批发', retail: '限上零售', accommodation: '限上住宿', catering: '限上餐饮' },
    groups: { above_scale: '进规', above_quota: '进限' },
    periods: { q1: '一季度', q2: '二季度', q3: '三季度', q4: '四季度', year: '全年' },
    statuses: { ahead: '超时序进度', level: '达时序进度', behind: '低于时序进度' },
  },
};
