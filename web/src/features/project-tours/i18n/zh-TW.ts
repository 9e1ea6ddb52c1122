import type { projectToursZhCN } from './zh-CN';
import type { Dict } from '../../../i18n/types';

/** The project-tours feature's texts in Traditional Chinese. */
export const projectToursZhTW: Dict<typeof projectToursZhCN> = {
  menu: { projectTours: '觀摩拉練' },
  title: '觀摩拉練',
  empty: '暫無觀摩拉練',
  status: { nominating: '推薦項目中', scoring: '評分中', closed: '已結束' },
  columns: { name: '名稱', tourDate: '日期', status: '狀態', stops: '觀摩點位', mine: '包聯項目' },
  actions: {
    create: '新建觀摩拉練', open: '查看', back: '返回列表', nominate: '推薦項目', fixRoute: '確定路線', saveScores: '儲存評分', close: '結束評分並公布排名',
    up: '上移', down: '下移', cancel: '取消', save: '儲存',
  },
  form: {
    name: '名稱', tourDate: '日期', criteria: '評分項目（分值合計100分）', criterionName: '評分項目', weight: '分值', judges: '評委', addCriterion: '新增評分項目',
    total: '合計 {{total}} 分', totalWrong: '分值合計須為100分，目前為 {{total}} 分', required: '請填寫',
  },
  tour: {
    source: '依據：檔案 {{file}}',
    organiser: '組織單位', criteria: '評分項目', judges: '評委', route: '觀摩路線', nominations: '推薦項目', notOnRoute: '未列入路線', position: '第 {{n}} 站',
    project: '項目', district: '所屬區', contactLeader: '包聯領導', noStops: '暫無推薦項目', chooseProject: '選擇本區項目', onRoute: '列入路線',
    scoring: '我的評分', scoreHint: '每項 0 至滿分，最多一位小數', myTotal: '合計 {{total}} 分', scored: '已評分', invalid: '請檢查：{{names}}',
    results: '各區排名', rank: '名次', score: '平均得分', scoredStops: '已評點位', stopScore: '點位得分', allScores: '全部評分', judge: '評委',
    resultsHidden: '評分結束後公布全部評分和排名', confirmClose: '結束評分？', confirmCloseText: '結束後不能再評分，全部評分和各區排名向所有人公開。',
    rule: '排名規則：每位評委對一個點位各項打分之和為其總分；點位得分為各評委總分的平均數；各區得分為其已評點位得分的平均數，四捨五入保留兩位小數後排名，得分相同名次並列。',
  },
  messages: { created: '觀摩拉練已建立', nominated: '已推薦', routeFixed: '路線已確定', scoresSaved: '評分已儲存', closed: '評分已結束，排名已公布' },
};
