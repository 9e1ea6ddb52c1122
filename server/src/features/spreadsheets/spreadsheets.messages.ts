import type { MessageCatalogue } from '../../platform/i18n/catalogue';

/** Uploading and importing the monthly Excel workbook (file checks, cells, rows, commit). */
export const SPREADSHEETS_MESSAGES = {
  IMPORT_NO_FILE: {
    'zh-CN': '请选择要上传的 Excel 文件（.xlsx），表单字段名为 file',
    'zh-TW': '請選擇要上傳的 Excel 檔案（.xlsx），表單欄位名稱為 file',
    en: 'Choose an Excel file (.xlsx) to upload in the form field "file"',
  },
  IMPORT_TOO_LARGE: {
    'zh-CN': '文件超过大小上限（{limit}），请删除无关的工作表或图片后重试',
    'zh-TW': '檔案超過大小上限（{limit}），請刪除無關的工作表或圖片後重試',
    en: 'The file is larger than the limit ({limit}); remove unrelated sheets or pictures and try again',
  },
  IMPORT_NOT_XLSX: {
    'zh-CN': '无法读取该文件：不是有效的 Excel 工作簿（.xlsx），或文件已损坏',
    'zh-TW': '無法讀取該檔案：不是有效的 Excel 活頁簿（.xlsx），或檔案已損毀',
    en: 'This file cannot be read: it is not a valid Excel workbook (.xlsx), or it is damaged',
  },
  IMPORT_LEGACY_OR_ENCRYPTED: {
    'zh-CN': '该文件是旧版 .xls 格式或设置了打开密码，请在 Excel 中取消密码并另存为 .xlsx 后上传',
    'zh-TW': '該檔案是舊版 .xls 格式或設定了開啟密碼，請在 Excel 中取消密碼並另存為 .xlsx 後上傳',
    en: 'This is a legacy .xls file or it is password-protected; remove the password and save it as .xlsx in Excel, then upload it',
  },
  IMPORT_MACRO: {
    'zh-CN': '不接受含宏的文件（.xlsm 或包含 VBA 宏），请另存为不含宏的 .xlsx 后上传',
    'zh-TW': '不接受含巨集的檔案（.xlsm 或包含 VBA 巨集），請另存為不含巨集的 .xlsx 後上傳',
    en: 'Files with macros (.xlsm or VBA content) are not accepted; save it as a macro-free .xlsx and upload it',
  },
  IMPORT_EXTERNAL_LINK: {
    'zh-CN': '文件包含指向其他工作簿的外部链接，请在 Excel 中“断开链接”（保留数值）后上传',
    'zh-TW': '檔案包含指向其他活頁簿的外部連結，請在 Excel 中「中斷連結」（保留數值）後上傳',
    en: 'The file links to other workbooks; break the links in Excel (keeping the values) and upload it',
  },
  IMPORT_ZIP_BOMB: {
    'zh-CN': '文件解压后超过 {limit}，不予处理',
    'zh-TW': '檔案解壓縮後超過 {limit}，不予處理',
    en: 'The file expands to more than {limit} and is refused',
  },
  IMPORT_FORMULA_NO_VALUE: {
    'zh-CN': '工作表“{sheet}”的 {cell} 单元格是没有计算结果的公式，请在 Excel 中打开并保存后再上传（或粘贴为数值）',
    'zh-TW': '工作表「{sheet}」的 {cell} 儲存格是沒有計算結果的公式，請在 Excel 中開啟並儲存後再上傳（或貼上為值）',
    en: 'Cell {cell} on sheet "{sheet}" is a formula without a calculated value; open and save the file in Excel (or paste values) and upload it again',
  },
  IMPORT_NO_HEADER: {
    'zh-CN': '未找到表头：需要一行包含“指标”（或指标代码）和“本年累计”列',
    'zh-TW': '未找到表頭：需要一列包含「指標」（或指標代碼）和「本年累計」欄',
    en: 'No header row found: a row needs an "Indicator" (or code) column and a "Year-to-date" column',
  },
  IMPORT_NO_FIGURES: {
    'zh-CN': '文件中没有填写任何指标数据',
    'zh-TW': '檔案中沒有填寫任何指標資料',
    en: 'The file contains no figures',
  },
  IMPORT_UNKNOWN_INDICATOR: {
    'zh-CN': '无法识别的指标“{name}”',
    'zh-TW': '無法識別的指標「{name}」',
    en: 'Unknown indicator "{name}"',
  },
  IMPORT_DUPLICATE_INDICATOR: {
    'zh-CN': '指标“{name}”重复出现（首次在 {first}）',
    'zh-TW': '指標「{name}」重複出現（首次在 {first}）',
    en: 'The indicator "{name}" appears twice (first at {first})',
  },
  IMPORT_UNIT_UNKNOWN: {
    'zh-CN': '无法识别的计量单位“{unit}”',
    'zh-TW': '無法識別的計量單位「{unit}」',
    en: 'Unknown unit "{unit}"',
  },
  IMPORT_UNIT_MISMATCH: {
    'zh-CN': '单位“{unit}”不能换算为该指标的单位“{expected}”',
    'zh-TW': '單位「{unit}」不能換算為該指標的單位「{expected}」',
    en: 'The unit "{unit}" cannot be converted into the indicator\'s unit "{expected}"',
  },
  IMPORT_CONVERTED_TOO_PRECISE: {
    'zh-CN': '“{value}”换算为{unit}后超过 {places} 位小数，无法精确保存',
    'zh-TW': '「{value}」換算為{unit}後超過 {places} 位小數，無法精確儲存',
    en: '"{value}" converted into {unit} has more than {places} decimal places and cannot be stored exactly',
  },
  IMPORT_CELL_ERROR: {
    'zh-CN': '单元格显示错误值 {value}',
    'zh-TW': '儲存格顯示錯誤值 {value}',
    en: 'The cell shows the error {value}',
  },
  IMPORT_NOTE_TOO_LONG: {
    'zh-CN': '备注超过 {max} 个字符',
    'zh-TW': '備註超過 {max} 個字元',
    en: 'The note is longer than {max} characters',
  },
  IMPORT_BLOCKED: {
    'zh-CN': '导入检查未通过，请按检查报告修改文件后重新上传',
    'zh-TW': '匯入檢查未通過，請依檢查報告修改檔案後重新上傳',
    en: 'The import did not pass its checks; correct the file as the report says and upload it again',
  },
  IMPORT_STALE: {
    'zh-CN': '检查之后本月数据已有变动，请重新上传文件再确认导入',
    'zh-TW': '檢查之後本月資料已有變動，請重新上傳檔案再確認匯入',
    en: 'The month changed after this file was checked; upload it again before importing',
  },
} satisfies MessageCatalogue;
