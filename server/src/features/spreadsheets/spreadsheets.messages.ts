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
  IMPORT_NOT_DUE: {
    'zh-CN': '“{name}”不在 {period} 的填报范围内（按其报送频率本期不填报）：请删除该行的数值',
    'zh-TW': '「{name}」不在 {period} 的填報範圍內（按其報送頻率本期不填報）：請刪除該列的數值',
    en: '"{name}" is not reported for {period} (by how often it is reported): remove the values of its row',
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
  // What the reading of a sheet refuses (DOMAIN.md "Excel imports").
  IMPORT_TEMPLATE_CODE_NAME_MISMATCH: {
    'zh-CN': '第 {row} 行的指标名称“{name}”与模板隐藏的指标代码 {code} 不一致：请使用重新下载的模板填写，勿改动指标名称',
    'zh-TW': '第 {row} 列的指標名稱「{name}」與範本隱藏的指標代碼 {code} 不一致：請使用重新下載的範本填寫，勿改動指標名稱',
    en: 'Row {row}: the indicator name "{name}" does not match the template\'s hidden code {code}: fill in a freshly downloaded template without changing the names',
  },
  IMPORT_HIDDEN_ROW: {
    'zh-CN': '第 {row} 行（“{name}”）已隐藏，隐藏的行不会被读取：请在 Excel 中取消隐藏并核对，或删除该行后再上传',
    'zh-TW': '第 {row} 列（「{name}」）已隱藏，隱藏的列不會被讀取：請在 Excel 中取消隱藏並核對，或刪除該列後再上傳',
    en: 'Row {row} ("{name}") is hidden, and hidden rows are not read: unhide and check it in Excel, or delete it, then upload again',
  },
  IMPORT_HIDDEN_COLUMN: {
    'zh-CN': '{column} 列（“{header}”）已隐藏，隐藏的列不会被读取：请在 Excel 中取消隐藏并核对，或删除该列后再上传',
    'zh-TW': '{column} 欄（「{header}」）已隱藏，隱藏的欄不會被讀取：請在 Excel 中取消隱藏並核對，或刪除該欄後再上傳',
    en: 'Column {column} ("{header}") is hidden, and hidden columns are not read: unhide and check it in Excel, or delete it, then upload again',
  },
  IMPORT_CELL_FORMAT_HIDDEN: {
    'zh-CN': '单元格的数字格式使其中的数值 {value} 不显示，无法核对：请改为常规或数值格式后再上传',
    'zh-TW': '儲存格的數值格式使其中的數值 {value} 不顯示，無法核對：請改為通用或數值格式後再上傳',
    en: 'The cell\'s number format hides its value {value}, which cannot be checked: use a General or Number format and upload again',
  },
  IMPORT_CELL_FORMAT_SCALED: {
    'zh-CN': '单元格的数字格式把 {value} 按千缩小显示，显示的数与保存的数不同：请改为常规或数值格式后再上传',
    'zh-TW': '儲存格的數值格式把 {value} 按千縮小顯示，顯示的數與儲存的數不同：請改為通用或數值格式後再上傳',
    en: 'The cell\'s number format shows {value} divided by a thousand, so what is shown is not what is stored: use a General or Number format and upload again',
  },
  IMPORT_COLUMN_PERIOD: {
    'zh-CN': '数值列“{header}”是 {found} 的数据，本次填报的是 {expected}：请上传本期的文件',
    'zh-TW': '數值欄「{header}」是 {found} 的資料，本次填報的是 {expected}：請上傳本期的檔案',
    en: 'The value column "{header}" holds {found}, but {expected} is being reported: upload this period\'s file',
  },
  IMPORT_TITLE_PERIOD: {
    'zh-CN': '工作表“{sheet}”的标题“{text}”写的是 {found}，本次填报的是 {expected}：请上传本期的文件，或更正标题后再上传',
    'zh-TW': '工作表「{sheet}」的標題「{text}」寫的是 {found}，本次填報的是 {expected}：請上傳本期的檔案，或更正標題後再上傳',
    en: 'The title "{text}" of the sheet "{sheet}" says {found}, but {expected} is being reported: upload this period\'s file, or correct the title',
  },
  IMPORT_SHEET_PERIOD: {
    'zh-CN': '工作表名称“{sheet}”写的是 {found}，本次填报的是 {expected}：上年或其他时期的数据不能作为本期导入，请删除该工作表或上传本期的文件',
    'zh-TW': '工作表名稱「{sheet}」寫的是 {found}，本次填報的是 {expected}：上年或其他時期的資料不能作為本期匯入，請刪除該工作表或上傳本期的檔案',
    en: 'The sheet "{sheet}" is named for {found}, but {expected} is being reported: another year\'s figures cannot be imported as this period\'s; delete the sheet or upload this period\'s file',
  },
  IMPORT_TITLE_ORGANISATION: {
    'zh-CN': '工作表“{sheet}”的标题写的是“{found}”，本次填报的是“{expected}”：请上传本单位的文件',
    'zh-TW': '工作表「{sheet}」的標題寫的是「{found}」，本次填報的是「{expected}」：請上傳本單位的檔案',
    en: 'The title of the sheet "{sheet}" names "{found}", but this is "{expected}"\'s report: upload your own unit\'s file',
  },
  IMPORT_COLUMN_AMBIGUOUS_YTD: {
    'zh-CN': '工作表“{sheet}”中 {columns} 都可能是本年累计值：请在下方选择要导入的列，或删除多余的列后重新上传',
    'zh-TW': '工作表「{sheet}」中 {columns} 都可能是本年累計值：請在下方選擇要匯入的欄，或刪除多餘的欄後重新上傳',
    en: 'On the sheet "{sheet}", {columns} could each be the year-to-date value: choose the column to import below, or delete the others and upload again',
  },
  IMPORT_COLUMN_AMBIGUOUS_YOY: {
    'zh-CN': '工作表“{sheet}”中 {columns} 都可能是同比增速：请在下方选择要导入的列，或删除多余的列后重新上传',
    'zh-TW': '工作表「{sheet}」中 {columns} 都可能是同比增速：請在下方選擇要匯入的欄，或刪除多餘的欄後重新上傳',
    en: 'On the sheet "{sheet}", {columns} could each be the year-on-year growth: choose the column to import below, or delete the others and upload again',
  },
  IMPORT_COLUMN_CHOICE_INVALID: {
    'zh-CN': '所选的 {column} 列不是工作表“{sheet}”中可选择的列，请重新选择',
    'zh-TW': '所選的 {column} 欄不是工作表「{sheet}」中可選擇的欄，請重新選擇',
    en: 'Column {column} is not one of the columns to choose from on the sheet "{sheet}"; choose again',
  },
  IMPORT_UNIT_CONFLICT: {
    'zh-CN': '单位不一致：{where}写的是“{a}”，{whereB}写的是“{b}”，无法确定数值的单位',
    'zh-TW': '單位不一致：{where}寫的是「{a}」，{whereB}寫的是「{b}」，無法確定數值的單位',
    en: 'The units disagree: {where} says "{a}", {whereB} says "{b}"; the value\'s unit cannot be told',
  },
  IMPORT_POINTS_NOT_GROWTH: {
    'zh-CN': '“{value}”是百分点的变化，不是增速：同比增速请填百分比（%）',
    'zh-TW': '「{value}」是百分點的變化，不是增速：同比增速請填百分比（%）',
    en: '"{value}" is a change in percentage points, not a growth rate: give the year-on-year growth in %',
  },
  IMPORT_PERCENT_FOR_AMOUNT: {
    'zh-CN': '“{value}”是百分数（或设置了百分比格式），而该指标的单位是{unit}：请填写{unit}数值并使用常规或数值格式',
    'zh-TW': '「{value}」是百分數（或設定了百分比格式），而該指標的單位是{unit}：請填寫{unit}數值並使用通用或數值格式',
    en: '"{value}" is a percentage (or formatted as one), but the indicator is counted in {unit}: give the amount in {unit}, in a General or Number format',
  },
  IMPORT_TOO_MANY_CONFIRMATIONS: {
    'zh-CN': '文件中有 {count} 处需要确认的情况，过多无法逐一确认：请核对文件后重新上传',
    'zh-TW': '檔案中有 {count} 處需要確認的情況，過多無法逐一確認：請核對檔案後重新上傳',
    en: 'The file has {count} things to confirm, too many to confirm one by one: check the file and upload it again',
  },
  IMPORT_NEEDS_CONFIRMATION: {
    'zh-CN': '还有 {count} 处检查结果未确认：请逐项确认后再导入',
    'zh-TW': '還有 {count} 處檢查結果未確認：請逐項確認後再匯入',
    en: '{count} findings of the check are not confirmed yet: confirm each of them before importing',
  },
  // What the operator confirms before the commit.
  IMPORT_TITLE_PERIOD_CONFIRM: {
    'zh-CN': '工作表“{sheet}”的标题“{text}”写的是 {found}，而数值列“{header}”写的是本期（{expected}）：请确认这是本期的数据',
    'zh-TW': '工作表「{sheet}」的標題「{text}」寫的是 {found}，而數值欄「{header}」寫的是本期（{expected}）：請確認這是本期的資料',
    en: 'The title "{text}" of the sheet "{sheet}" says {found}, while the value column "{header}" says {expected}: confirm these are this period\'s figures',
  },
  IMPORT_SHEET_PERIOD_CONFIRM: {
    'zh-CN': '工作表名称“{sheet}”写的是 {found}，本次填报的是 {expected}：请确认该工作表是本期的数据',
    'zh-TW': '工作表名稱「{sheet}」寫的是 {found}，本次填報的是 {expected}：請確認該工作表是本期的資料',
    en: 'The sheet "{sheet}" is named for {found}, but {expected} is being reported: confirm the sheet holds this period\'s figures',
  },
  IMPORT_TITLE_ORGANISATION_CONFIRM: {
    'zh-CN': '工作表“{sheet}”的标题还写有“{found}”：请确认这是“{expected}”的数据',
    'zh-TW': '工作表「{sheet}」的標題還寫有「{found}」：請確認這是「{expected}」的資料',
    en: 'The title of the sheet "{sheet}" also names "{found}": confirm these are "{expected}"\'s figures',
  },
  IMPORT_SHEET_ORGANISATION_CONFIRM: {
    'zh-CN': '工作表名称“{sheet}”写的是“{found}”：请确认这是“{expected}”的数据',
    'zh-TW': '工作表名稱「{sheet}」寫的是「{found}」：請確認這是「{expected}」的資料',
    en: 'The sheet "{sheet}" is named for "{found}": confirm these are "{expected}"\'s figures',
  },
  IMPORT_FILE_PERIOD_CONFIRM: {
    'zh-CN': '文件名“{file}”写的是 {found}，本次填报的是 {expected}：请确认这是本期的文件',
    'zh-TW': '檔案名稱「{file}」寫的是 {found}，本次填報的是 {expected}：請確認這是本期的檔案',
    en: 'The file name "{file}" says {found}, but {expected} is being reported: confirm this is this period\'s file',
  },
  IMPORT_FILE_ORGANISATION_CONFIRM: {
    'zh-CN': '文件名“{file}”写的是“{found}”，本次填报的是“{expected}”：请确认这是本单位的文件',
    'zh-TW': '檔案名稱「{file}」寫的是「{found}」，本次填報的是「{expected}」：請確認這是本單位的檔案',
    en: 'The file name "{file}" names "{found}", but this is "{expected}"\'s report: confirm this is your own unit\'s file',
  },
  IMPORT_TOTAL_MISMATCH: {
    'zh-CN': '第 {row} 行“{name}”为 {total}，而其上各行之和为 {sum}：请确认各行数据无误（合计行本身不导入）',
    'zh-TW': '第 {row} 列「{name}」為 {total}，而其上各列之和為 {sum}：請確認各列資料無誤（合計列本身不匯入）',
    en: 'Row {row} ("{name}") says {total}, but the rows above it add up to {sum}: confirm the rows are right (the total itself is not imported)',
  },
  IMPORT_PERCENT_AS_WRITTEN: {
    'zh-CN': '{cell} 是常规格式的 {value}，而同列有百分比格式的单元格：将按所写读作 {value}%；如应为 {percent}%，请把它设为百分比格式后重新上传',
    'zh-TW': '{cell} 是通用格式的 {value}，而同欄有百分比格式的儲存格：將按所寫讀作 {value}%；如應為 {percent}%，請把它設為百分比格式後重新上傳',
    en: '{cell} holds {value} in General format while the column has percentage cells: it will be read as written, {value}%; if it means {percent}%, format it as a percentage and upload again',
  },
  IMPORT_MONTH_COLUMN_AS_YTD: {
    'zh-CN': '数值取自“{header}”列，该列可能是当月值而不是本年累计值：请确认它是本年累计',
    'zh-TW': '數值取自「{header}」欄，該欄可能是當月值而不是本年累計值：請確認它是本年累計',
    en: 'The values come from the column "{header}", which may hold the month\'s own value rather than the year-to-date: confirm it is year-to-date',
  },
  // Worth knowing, not blocking.
  IMPORT_SHEET_SKIPPED_PERIOD: {
    'zh-CN': '工作表“{sheet}”写的是 {found}，不是本期（{expected}）的数据，未读取',
    'zh-TW': '工作表「{sheet}」寫的是 {found}，不是本期（{expected}）的資料，未讀取',
    en: 'The sheet "{sheet}" is for {found}, not {expected}, and was not read',
  },
  IMPORT_SHEET_SKIPPED_ORGANISATION: {
    'zh-CN': '工作表“{sheet}”是“{found}”的数据，未读取',
    'zh-TW': '工作表「{sheet}」是「{found}」的資料，未讀取',
    en: 'The sheet "{sheet}" holds "{found}"\'s figures and was not read',
  },
  IMPORT_TOTAL_ROW: {
    'zh-CN': '第 {row} 行“{name}”是合计行，不作为指标导入',
    'zh-TW': '第 {row} 列「{name}」是合計列，不作為指標匯入',
    en: 'Row {row} ("{name}") is a total and is not imported as an indicator',
  },
  IMPORT_TOTAL_CHECKED: {
    'zh-CN': '第 {row} 行“{name}”是合计行，不作为指标导入；与其上各行之和 {sum} 一致',
    'zh-TW': '第 {row} 列「{name}」是合計列，不作為指標匯入；與其上各列之和 {sum} 一致',
    en: 'Row {row} ("{name}") is a total and is not imported; it equals the rows above it ({sum})',
  },
  IMPORT_HIDDEN_COLUMN_NOT_READ: {
    'zh-CN': '{column} 列（“{header}”）已隐藏，该列不导入',
    'zh-TW': '{column} 欄（「{header}」）已隱藏，該欄不匯入',
    en: 'Column {column} ("{header}") is hidden; it is not imported',
  },
  IMPORT_TEMPLATE_CODE_COLUMN: {
    'zh-CN': '{column} 列（“{header}”）是本系统模板自带的隐藏指标代码列，按代码识别指标，并逐行与指标名称核对',
    'zh-TW': '{column} 欄（「{header}」）是本系統範本自帶的隱藏指標代碼欄，按代碼識別指標，並逐列與指標名稱核對',
    en: 'Column {column} ("{header}") is the template\'s own hidden code column: indicators are found by their codes, each checked against its name',
  },
  IMPORT_POINTS_COLUMN: {
    'zh-CN': '“{header}”列是百分点的变化，不是增速，不导入',
    'zh-TW': '「{header}」欄是百分點的變化，不是增速，不匯入',
    en: 'The column "{header}" is a change in percentage points, not a growth rate, and is not imported',
  },
  // What the list of values says about one of them.
  IMPORT_VALUE_PERCENT_FORMAT: {
    'zh-CN': '百分比格式：{value} 即 {percent}%',
    'zh-TW': '百分比格式：{value} 即 {percent}%',
    en: 'Percentage format: {value} is {percent}%',
  },
  IMPORT_VALUE_PERCENT_BY_COLUMN: {
    'zh-CN': '常规格式的 {value}，同列其他数值均为百分比格式，按 {percent}% 读取',
    'zh-TW': '通用格式的 {value}，同欄其他數值均為百分比格式，按 {percent}% 讀取',
    en: '{value} in General format, every other number of the column a percentage: read as {percent}%',
  },
  IMPORT_VALUE_UNIT_ASSUMED: {
    'zh-CN': '未注明单位，按指标单位（{unit}）读取',
    'zh-TW': '未註明單位，按指標單位（{unit}）讀取',
    en: 'No unit written: read in the indicator\'s unit ({unit})',
  },
  IMPORT_VALUE_CONVERTED: {
    'zh-CN': '由{from}换算为{to}',
    'zh-TW': '由{from}換算為{to}',
    en: 'Converted from {from} into {to}',
  },
  IMPORT_VALUE_SIGN_FROM_WORDS: {
    'zh-CN': '“{value}”读作负增长',
    'zh-TW': '「{value}」讀作負成長',
    en: '"{value}" read as a decline',
  },
} satisfies MessageCatalogue;
