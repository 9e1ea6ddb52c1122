import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** Annual targets and schedules, set one by one or imported from one workbook. */
export const TARGETS_MESSAGES = {
  TARGET_DOCUMENT_NO_FILE: {
    'zh-CN': '请选择要上传的文件（PDF、Word 或扫描件），表单字段名为 file',
    'zh-TW': '請選擇要上傳的檔案（PDF、Word 或掃描檔），表單欄位名稱為 file',
    en: 'Choose a file to upload (PDF, Word or a scan) in the form field "file"',
  },
  TARGET_DOCUMENT_TOO_LARGE: {
    'zh-CN': '文件超过大小上限（{limit} MB）',
    'zh-TW': '檔案超過大小上限（{limit} MB）',
    en: 'The file is larger than the limit ({limit} MB)',
  },
  TARGET_DOCUMENT_TYPE: {
    'zh-CN': '“{fileName}”不是可接受的文件类型：请上传 PDF、Word（.docx）、Excel（.xlsx）或 JPG / PNG 扫描件',
    'zh-TW': '「{fileName}」不是可接受的檔案類型：請上傳 PDF、Word（.docx）、Excel（.xlsx）或 JPG / PNG 掃描檔',
    en: '"{fileName}" is not a type that can be kept: upload a PDF, Word (.docx), Excel (.xlsx) or a JPG / PNG scan',
  },
  TARGET_DOCUMENT_TOO_MANY: {
    'zh-CN': '该年度已有 {limit} 份目标文件，请先删除不再需要的文件',
    'zh-TW': '該年度已有 {limit} 份目標文件，請先刪除不再需要的文件',
    en: 'The year already has {limit} target documents: remove one no longer needed first',
  },
  TARGET_INVALID: {
    'zh-CN': '目标设置有误：{reason}',
    'zh-TW': '目標設定有誤：{reason}',
    en: 'Invalid target: {reason}',
  },
  TARGET_MATRIX_STALE: {
    'zh-CN': '有 {count} 个目标在您打开后已被他人修改，本次未保存任何目标；请刷新后重新填写这些单元格',
    'zh-TW': '有 {count} 個目標在您開啟後已被他人修改，本次未儲存任何目標；請重新整理後重新填寫這些儲存格',
    en: '{count} targets were changed by someone else after you opened them; nothing was saved. Reload and enter those cells again',
  },
  TARGET_MATRIX_DUPLICATE: {
    'zh-CN': '第 {index} 个单元格重复：同一区、同一指标只能保存一次',
    'zh-TW': '第 {index} 個儲存格重複：同一區、同一指標只能儲存一次',
    en: 'Cell {index} repeats another: one district and indicator can be saved once',
  },
  PERIOD_TARGET_MONTH: {
    'zh-CN': '阶段目标须为1月至1-11月中某一期的累计目标（全年目标另行设置）',
    'zh-TW': '階段目標須為1月至1-11月中某一期的累計目標（全年目標另行設定）',
    en: 'A period target is for January through a month from January to November (the annual target is set on its own)',
  },
  PERIOD_TARGET_VALUE_REQUIRED: {
    'zh-CN': '请填写阶段目标值',
    'zh-TW': '請填寫階段目標值',
    en: 'Give the amount of the period target',
  },
  PERIOD_TARGET_COMPARATOR: {
    'zh-CN': '请选择阶段目标的比较方式：≥（以上）或 ≤（以内）',
    'zh-TW': '請選擇階段目標的比較方式：≥（以上）或 ≤（以內）',
    en: 'Choose how the period target is stated: ≥ (at least) or ≤ (at most)',
  },
  PERIOD_TARGET_NOT_WHOLE: {
    'zh-CN': '计数指标的阶段目标须为整数',
    'zh-TW': '計數指標的階段目標須為整數',
    en: 'The period target of a count must be a whole number',
  },
  PERIOD_TARGET_NEGATIVE: {
    'zh-CN': '阶段目标不能为负数',
    'zh-TW': '階段目標不能為負數',
    en: 'A period target cannot be negative',
  },

  // The city's targets imported from one workbook.
  IMPORT_TARGET_NO_HEADER: {
    'zh-CN': '未找到表头：需要一行包含“组织”（编码或名称）、“指标”（编码或名称）和“目标值”或“增速目标”列',
    'zh-TW': '未找到表頭：需要一列包含「組織」（編碼或名稱）、「指標」（編碼或名稱）和「目標值」或「增速目標」欄',
    en: 'No header row found: a row needs an organisation (code or name), an indicator (code or name) and a "Target" or "Growth target" column',
  },
  IMPORT_TARGET_EMPTY: {
    'zh-CN': '文件中没有填写任何目标',
    'zh-TW': '檔案中沒有填寫任何目標',
    en: 'The file contains no targets',
  },
  IMPORT_TARGET_ORG_UNKNOWN: {
    'zh-CN': '组织“{name}”不存在或不在您的管理范围内，整个文件不予导入',
    'zh-TW': '組織「{name}」不存在或不在您的管理範圍內，整個檔案不予匯入',
    en: 'The organisation "{name}" does not exist or is outside your scope; the whole file is refused',
  },
  IMPORT_TARGET_ORG_AMBIGUOUS: {
    'zh-CN': '名称“{name}”对应多个组织，请填写组织编码',
    'zh-TW': '名稱「{name}」對應多個組織，請填寫組織編碼',
    en: 'The name "{name}" matches several organisations; give the organisation code',
  },
  IMPORT_TARGET_DUPLICATE: {
    'zh-CN': '{organisation}{year}年“{indicator}”的目标重复出现（首次在 {first}）',
    'zh-TW': '{organisation}{year}年「{indicator}」的目標重複出現（首次在 {first}）',
    en: 'The {year} target of {organisation} for "{indicator}" appears twice (first at {first})',
  },
  IMPORT_TARGET_COMPARATOR: {
    'zh-CN': '无法识别的比较方式“{value}”，请填写 ≥（以上）或 ≤（以内）',
    'zh-TW': '無法識別的比較方式「{value}」，請填寫 ≥（以上）或 ≤（以內）',
    en: 'Unknown comparator "{value}"; write ≥ (at least) or ≤ (at most)',
  },
  IMPORT_TARGET_FLAG: {
    'zh-CN': '“无目标”列只能填写“是”或留空，不能填写“{value}”',
    'zh-TW': '「無目標」欄只能填寫「是」或留空，不能填寫「{value}」',
    en: 'The "No target" column takes "yes" or nothing, not "{value}"',
  },
  IMPORT_TARGET_NO_TARGET_WITH_VALUES: {
    'zh-CN': '标记为“无目标”的行不能同时填写目标值、增速目标或一季度占比',
    'zh-TW': '標記為「無目標」的列不能同時填寫目標值、增速目標或一季度佔比',
    en: 'A row marked "No target" cannot also have a target, a growth target or a Q1 share',
  },
  IMPORT_TARGET_VALUE_REQUIRED: {
    'zh-CN': '请填写目标值或增速目标，或在“无目标”列填写“是”',
    'zh-TW': '請填寫目標值或增速目標，或在「無目標」欄填寫「是」',
    en: 'Give a target or a growth target, or write "yes" under "No target"',
  },
  IMPORT_TARGET_SHARE: {
    'zh-CN': '一季度占比“{value}”须在 0 到 100 之间（单位：%）',
    'zh-TW': '一季度佔比「{value}」須在 0 到 100 之間（單位：%）',
    en: 'The Q1 share "{value}" must be between 0 and 100 (percent)',
  },
  IMPORT_TARGET_STALE: {
    'zh-CN': '检查之后目标已有变动，请重新上传文件再确认导入',
    'zh-TW': '檢查之後目標已有變動，請重新上傳檔案再確認匯入',
    en: 'Targets changed after this file was checked; upload it again before importing',
  },
  IMPORT_TARGET_YEAR: {
    'zh-CN': '年度“{value}”无效，须为 {min} 至 {max} 之间的年份',
    'zh-TW': '年度「{value}」無效，須為 {min} 至 {max} 之間的年份',
    en: 'The year "{value}" is not valid; it must be between {min} and {max}',
  },
} satisfies MessageCatalogue;
