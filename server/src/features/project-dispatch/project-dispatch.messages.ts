/** The project-dispatch feature's API messages, in the three languages (codes unique across features). */
export const PROJECT_DISPATCH_MESSAGES = {
  PROJECT_LINK_CONSISTENT: {
    'zh-CN': '{count}个纳统项目完成投资占全区固定资产投资的{share}%',
    'zh-TW': '{count}個納統項目完成投資佔全區固定資產投資的{share}%',
    en: '{count} projects in statistics make {share}% of the district\'s fixed-asset investment',
  },
  PROJECT_LINK_EXCEEDS: {
    'zh-CN': '纳统项目完成投资合计超过全区固定资产投资{excess}万元，请核实项目月报或区报数据',
    'zh-TW': '納統項目完成投資合計超過全區固定資產投資{excess}萬元，請核實項目月報或區報資料',
    en: 'Projects in statistics exceed the district\'s fixed-asset investment by {excess} (10k yuan): check the project reports or the district\'s figure',
  },
  PROJECT_LINK_NO_FIGURE: {
    'zh-CN': '本月无已审核的固定资产投资数据（1月不报送，或尚未审核），仅列纳统项目合计',
    'zh-TW': '本月無已審核的固定資產投資資料（1月不報送，或尚未審核），僅列納統項目合計',
    en: 'No approved fixed-asset investment this month (not reported in January, or not approved yet): the projects\' sum stands alone',
  },
  PROJECT_LINK_NO_PROJECTS: {
    'zh-CN': '本月没有已纳统项目的月报',
    'zh-TW': '本月沒有已納統項目的月報',
    en: 'No report of a project in statistics this month',
  },
  PROJECT_CITY_LIST_THRESHOLD: {
    'zh-CN': '{category}项目总投资须不低于{threshold}亿元才能列入市重点项目',
    'zh-TW': '{category}項目總投資須不低於{threshold}億元才能列入市重點項目',
    en: 'A {category} project needs a total investment of at least {threshold} 100m yuan to enter the city list',
  },
  PROJECT_ALREADY_IN_CITY_LIST: {
    'zh-CN': '该项目已列入市重点项目',
    'zh-TW': '該項目已列入市重點項目',
    en: 'The project is already in the city list',
  },
  PROJECT_BOUNDARY_MALFORMED: {
    'zh-CN': '区界文件中“{name}”的边界不是闭合的经纬度多边形',
    'zh-TW': '區界檔案中「{name}」的邊界不是閉合的經緯度多邊形',
    en: 'The boundary of "{name}" is not a closed polygon of longitudes and latitudes',
  },
  PROJECT_OUTSIDE_DISTRICT: {
    'zh-CN': '项目坐标不在{organisation}的区界内',
    'zh-TW': '項目座標不在{organisation}的區界內',
    en: 'The project\'s coordinate lies outside the boundary of {organisation}',
  },
} as const;
