// The city tour seed 000 reports (武汉现场拉练比进度, 16 February 2019): its date and its two stops, each
// with the sentence it is taken from. The document states no criteria, judges or scores: the demo's
// are the usual four criteria and illustrative scores, labelled as such on the tour.
import { DEFAULT_TOUR_CRITERIA } from '@hongtu/domain';
import { Q000_HEALTH_PARK, Q000_SAIC } from '../projects-demo/document-projects';

export const F000 = '000_0042b9a55ec5e1ea.txt';

export const DEMO_TOUR = {
  name: '武汉现场拉练比进度',
  tourDate: '2019-02-16',
  file: F000,
  quote: '2月16日，武汉市主要负责人率16个城区（开发区）及市直单位一把手，走进工厂车间，看发展态势，比项目开工、复工进度，力保全市一季度“开门红”。',
  note: '日期和观摩点位出自文件；评分项目、评委和分数为示意数据（文件未载明）。',
  criteria: DEFAULT_TOUR_CRITERIA,
  /** The route in the document's order: 首先 … 随后 …; each project named by the demo library's name. */
  stops: [
    { projectName: '上汽通用武汉分公司新能源汽车生产线', quote: Q000_SAIC },
    { projectName: '光谷南大健康产业园', quote: Q000_HEALTH_PARK },
  ],
  judges: ['reviewer', 'leader'],
  /** Illustrative scores by judge, stop (route order) and criterion, as typed. */
  scores: {
    reviewer: [['27', '28', '17', '18'], ['22', '20', '18', '17']],
    leader: [['28', '27.5', '18', '18'], ['23', '21', '17.5', '18']],
  },
} as const;
