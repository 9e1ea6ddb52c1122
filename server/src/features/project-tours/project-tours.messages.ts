/** The project-tours feature's API messages, in the three languages (codes unique across features). */
export const PROJECT_TOURS_MESSAGES = {
  TOUR_CRITERIA: {
    'zh-CN': '评分项目的分值须为整数，合计{total}分，名称不重复',
    'zh-TW': '評分項目的分值須為整數，合計{total}分，名稱不重複',
    en: 'The criteria\'s weights must be whole points adding up to {total}, each name once',
  },
  TOUR_JUDGE: {
    'zh-CN': '评委须为可以评分的在用账号',
    'zh-TW': '評委須為可以評分的在用帳號',
    en: 'A judge must be an active account that may score',
  },
  TOUR_NOT_NOMINATING: {
    'zh-CN': '该观摩拉练已不接受推荐项目',
    'zh-TW': '該觀摩拉練已不接受推薦項目',
    en: 'The tour no longer takes nominations',
  },
  TOUR_NOT_SCORING: {
    'zh-CN': '该观摩拉练尚未确定路线，不能评分',
    'zh-TW': '該觀摩拉練尚未確定路線，不能評分',
    en: 'The tour\'s route is not fixed yet: it cannot be scored',
  },
  TOUR_CLOSED: {
    'zh-CN': '该观摩拉练已结束',
    'zh-TW': '該觀摩拉練已結束',
    en: 'The tour is closed',
  },
  TOUR_ALREADY_NOMINATED: {
    'zh-CN': '该项目已推荐参加本次观摩拉练',
    'zh-TW': '該項目已推薦參加本次觀摩拉練',
    en: 'The project is already nominated for this tour',
  },
  TOUR_STOP_UNKNOWN: {
    'zh-CN': '路线中有不属于本次观摩拉练的点位，或点位重复',
    'zh-TW': '路線中有不屬於本次觀摩拉練的點位，或點位重複',
    en: 'The route names a stop that is not this tour\'s, or a stop twice',
  },
  TOUR_STOP_SCORED: {
    'zh-CN': '已评分的点位不能移出路线',
    'zh-TW': '已評分的點位不能移出路線',
    en: 'A stop already scored cannot leave the route',
  },
  TOUR_SCORES_INCOMPLETE: {
    'zh-CN': '请对本点位的每个评分项目各打一次分',
    'zh-TW': '請對本點位的每個評分項目各打一次分',
    en: 'Score every criterion of the stop, each once',
  },
  TOUR_SCORE_RANGE: {
    'zh-CN': '“{criterion}”的得分须在0至{weight}分之间，最多一位小数',
    'zh-TW': '「{criterion}」的得分須在0至{weight}分之間，最多一位小數',
    en: 'The score of "{criterion}" must be between 0 and {weight}, with one decimal at most',
  },
} as const;
