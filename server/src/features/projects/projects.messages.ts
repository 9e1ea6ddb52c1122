/** The projects feature's API messages, in the three languages (codes unique across features). */
export const PROJECTS_MESSAGES = {
  PROJECT_CODE_TAKEN: {
    'zh-CN': '项目编号“{code}”已被使用',
    'zh-TW': '項目編號「{code}」已被使用',
    en: 'The project code "{code}" is already in use',
  },
  PROJECT_SCHEDULE_INVALID: {
    'zh-CN': '年度计划的分月（季）进度不正确：应为逐期累计的百分比，不递减，最后一期为100',
    'zh-TW': '年度計劃的分月（季）進度不正確：應為逐期累計的百分比，不遞減，最後一期為100',
    en: 'The annual plan\'s schedule is not valid: cumulative percentages, never decreasing, ending at 100',
  },
  PROJECT_AMOUNT_REQUIRED: {
    'zh-CN': '请填写{field}',
    'zh-TW': '請填寫{field}',
    en: 'Please enter the {field}',
  },
  PROJECT_TOTAL_NOT_POSITIVE: {
    'zh-CN': '总投资应大于0',
    'zh-TW': '總投資應大於0',
    en: 'The total investment must be more than 0',
  },
  PROJECT_ANNUAL_PLAN_NEGATIVE: {
    'zh-CN': '年度计划投资不能为负数',
    'zh-TW': '年度計劃投資不能為負數',
    en: 'The annual planned investment cannot be negative',
  },
  PROJECT_ANNUAL_PLAN_ABOVE_TOTAL: {
    'zh-CN': '年度计划投资不能超过项目总投资',
    'zh-TW': '年度計劃投資不能超過項目總投資',
    en: 'The annual planned investment cannot exceed the total investment',
  },
  PROJECT_BELOW_CITY_THRESHOLD: {
    'zh-CN': '市重点{category}项目总投资应不低于{threshold}亿元',
    'zh-TW': '市重點{category}項目總投資應不低於{threshold}億元',
    en: 'A city key project of the category "{category}" needs a total investment of at least {threshold} 亿元 (100 million yuan units)',
  },
  PROJECT_CREDIT_CODE_INVALID: {
    'zh-CN': '业主单位统一社会信用代码“{value}”不正确（18位，末位为校验码）',
    'zh-TW': '業主單位統一社會信用代碼「{value}」不正確（18位，末位為校驗碼）',
    en: 'The owner\'s unified social credit code "{value}" is not valid (18 characters, the last a check character)',
  },
  PROJECT_MILESTONE_ORDER: {
    'zh-CN': '{which}{later}日期（{laterDate}）早于{which}{earlier}日期（{earlierDate}）',
    'zh-TW': '{which}{later}日期（{laterDate}）早於{which}{earlier}日期（{earlierDate}）',
    en: 'The {which} {later} date ({laterDate}) is before the {which} {earlier} date ({earlierDate})',
  },
  PROJECT_ACTUAL_IN_FUTURE: {
    'zh-CN': '实际{milestone}日期（{date}）不能晚于今天',
    'zh-TW': '實際{milestone}日期（{date}）不能晚於今天',
    en: 'The actual {milestone} date ({date}) cannot be in the future',
  },
  PROJECT_STAGE_NEEDS_ACTUAL: {
    'zh-CN': '项目阶段为“{stage}”，请填写实际{milestone}日期',
    'zh-TW': '項目階段為「{stage}」，請填寫實際{milestone}日期',
    en: 'The project is at the stage "{stage}": enter its actual {milestone} date',
  },
  PROJECT_STAGE_BEFORE_ACTUAL: {
    'zh-CN': '已填写实际{milestone}日期，项目阶段不能是“{stage}”',
    'zh-TW': '已填寫實際{milestone}日期，項目階段不能是「{stage}」',
    en: 'An actual {milestone} date is given, so the stage cannot be "{stage}"',
  },
  PROJECT_STATUS_CONTINUING_START: {
    'zh-CN': '续建项目应在{year}年以前开工：请填写早于{year}年的实际开工日期',
    'zh-TW': '續建項目應在{year}年以前開工：請填寫早於{year}年的實際開工日期',
    en: 'A continuing project started before {year}: enter an actual start date before {year}',
  },
  PROJECT_STATUS_NEW_START_YEAR: {
    'zh-CN': '新开工项目的实际开工日期应在{year}年内',
    'zh-TW': '新開工項目的實際開工日期應在{year}年內',
    en: 'A new start\'s actual start date must fall in {year}',
  },
  PROJECT_STATUS_PREPARATORY_STARTED: {
    'zh-CN': '前期项目尚未开工，不应有实际开工日期',
    'zh-TW': '前期項目尚未開工，不應有實際開工日期',
    en: 'A preparatory project has not started: it cannot have an actual start date',
  },
  PROJECT_STATUS_COMPLETED_COMPLETION: {
    'zh-CN': '竣工项目应填写{year}年内的实际竣工日期',
    'zh-TW': '竣工項目應填寫{year}年內的實際竣工日期',
    en: 'A project completed this year needs an actual completion date in {year}',
  },
  PROJECT_DUPLICATE_NAME: {
    'zh-CN': '{organisation}已有同名项目，请核实是否重复录入',
    'zh-TW': '{organisation}已有同名項目，請核實是否重複錄入',
    en: '{organisation} already has a project of this name; check that it is not entered twice',
  },
  PROJECT_DUPLICATE_OWNER: {
    'zh-CN': '{organisation}已有同一业主单位（统一社会信用代码相同）的项目，请核实是否重复录入',
    'zh-TW': '{organisation}已有同一業主單位（統一社會信用代碼相同）的項目，請核實是否重複錄入',
    en: '{organisation} already has a project of the same owner (same credit code); check that it is not entered twice',
  },
  PROJECT_REPORT_STATE: {
    'zh-CN': '项目月报当前状态（{status}）下不能执行此操作',
    'zh-TW': '項目月報目前狀態（{status}）下不能執行此操作',
    en: 'This cannot be done while the report is {status}',
  },
  PROJECT_REPORT_OUTSIDE_PLAN_YEAR: {
    'zh-CN': '只能填报项目计划年度（{year}年）的月报',
    'zh-TW': '只能填報項目計劃年度（{year}年）的月報',
    en: 'Reports are filed for the months of the plan year ({year}) only',
  },
  PROJECT_REPORT_FUTURE_MONTH: {
    'zh-CN': '不能填报尚未到来的月份',
    'zh-TW': '不能填報尚未到來的月份',
    en: 'A month that has not come yet cannot be reported',
  },
  PROJECT_REPORT_NEGATIVE: {
    'zh-CN': '完成投资不能为负数',
    'zh-TW': '完成投資不能為負數',
    en: 'Investment completed cannot be negative',
  },
  PROJECT_REPORT_YTD_MISMATCH: {
    'zh-CN': '本年累计完成投资应等于上月累计加本月完成，即{expected}万元',
    'zh-TW': '本年累計完成投資應等於上月累計加本月完成，即{expected}萬元',
    en: 'The year-to-date investment must be last month\'s year to date plus this month: {expected} 万元',
  },
  PROJECT_REPORT_YTD_BELOW_MONTH: {
    'zh-CN': '本年累计完成投资不能小于本月完成投资',
    'zh-TW': '本年累計完成投資不能小於本月完成投資',
    en: 'The year-to-date investment cannot be less than this month\'s',
  },
  PROJECT_REPORT_YTD_ABOVE_TOTAL: {
    'zh-CN': '本年累计完成投资不能超过项目总投资',
    'zh-TW': '本年累計完成投資不能超過項目總投資',
    en: 'The year-to-date investment cannot exceed the project\'s total investment',
  },
  PROJECT_IMPORT_NO_HEADER: {
    'zh-CN': '没有找到项目表的表头：请使用导出的项目库模板（须有“项目名称”列）',
    'zh-TW': '沒有找到項目表的表頭：請使用匯出的項目庫範本（須有「項目名稱」欄）',
    en: 'No project sheet header was found: use the exported project library template (with a "project name" column)',
  },
  PROJECT_IMPORT_EMPTY: {
    'zh-CN': '文件中没有项目',
    'zh-TW': '檔案中沒有項目',
    en: 'The file holds no project',
  },
  PROJECT_IMPORT_STALE: {
    'zh-CN': '检查之后项目库或月报已被修改，请重新上传文件检查',
    'zh-TW': '檢查之後項目庫或月報已被修改，請重新上傳檔案檢查',
    en: 'The library or a report changed after the check; upload the file again',
  },
  PROJECT_IMPORT_REQUIRED: {
    'zh-CN': '“{column}”不能为空',
    'zh-TW': '「{column}」不能為空',
    en: '"{column}" cannot be empty',
  },
  PROJECT_IMPORT_UNKNOWN_VALUE: {
    'zh-CN': '“{column}”的值“{value}”无法识别',
    'zh-TW': '「{column}」的值「{value}」無法識別',
    en: 'The value "{value}" of "{column}" is not recognised',
  },
  PROJECT_IMPORT_DATE_INVALID: {
    'zh-CN': '“{value}”不是有效日期（如 2026-03-15）',
    'zh-TW': '「{value}」不是有效日期（如 2026-03-15）',
    en: '"{value}" is not a valid date (e.g. 2026-03-15)',
  },
  PROJECT_IMPORT_TEXT_TOO_LONG: {
    'zh-CN': '“{column}”超过 {max} 个字',
    'zh-TW': '「{column}」超過 {max} 個字',
    en: '"{column}" is longer than {max} characters',
  },
  PROJECT_IMPORT_DUPLICATE_ROW: {
    'zh-CN': '项目“{name}”在文件中出现了两次（第一次在 {first}）',
    'zh-TW': '項目「{name}」在檔案中出現了兩次（第一次在 {first}）',
    en: 'The project "{name}" appears twice in the file (first at {first})',
  },
  PROJECT_IMPORT_OTHER_DISTRICT: {
    'zh-CN': '该行属于{organisation}，只能导入本区的项目',
    'zh-TW': '該列屬於{organisation}，只能匯入本區的項目',
    en: 'This row belongs to {organisation}: only your district\'s projects can be imported',
  },
  PROJECT_IMPORT_REPORT_LOCKED: {
    'zh-CN': '该项目本月月报{status}，不能再导入修改',
    'zh-TW': '該項目本月月報{status}，不能再匯入修改',
    en: 'This project\'s report for the month is {status} and cannot be changed by an import',
  },
  PROJECT_IMPORT_DUPLICATE_ELSEWHERE: {
    'zh-CN': '第 {row} 行：{message}',
    'zh-TW': '第 {row} 列：{message}',
    en: 'Row {row}: {message}',
  },
} as const;
