import type { Locale } from '@hongtu/contracts';

type Catalogue = Record<Locale, string>;

/** Messages of the import pipeline (platform/imports), merged into the API catalogue. */
export const IMPORT_MESSAGES = {
  IMPORT_TOO_MANY_ROWS: {
    'zh-CN': '工作表“{sheet}”的行数超过上限（{limit} 行数据），请拆分为多个文件后分批上传',
    'zh-TW': '工作表「{sheet}」的列數超過上限（{limit} 列資料），請拆分為多個檔案後分批上傳',
    en: 'The sheet "{sheet}" has more rows than allowed ({limit} data rows); split it into several files',
  },
  IMPORT_HIDDEN_SHEET: {
    'zh-CN': '工作表“{sheet}”已隐藏，其内容无法核对也不会导入：请在 Excel 中取消隐藏并核对，或删除该工作表后再上传',
    'zh-TW': '工作表「{sheet}」已隱藏，其內容無法核對也不會匯入：請在 Excel 中取消隱藏並核對，或刪除該工作表後再上傳',
    en: 'The sheet "{sheet}" is hidden, so its content can be neither checked nor imported: unhide and check it in Excel, or delete it, then upload again',
  },
  IMPORT_FORMULA_EXTERNAL: {
    'zh-CN': '工作表“{sheet}”的 {cell} 单元格的公式取自网络或其他工作簿（{source}），其数值无法核实，请复制后“粘贴为数值”再上传',
    'zh-TW': '工作表「{sheet}」的 {cell} 儲存格的公式取自網路或其他活頁簿（{source}），其數值無法核實，請複製後「貼上為值」再上傳',
    en: 'The formula in cell {cell} of the sheet "{sheet}" takes its value from the web or another workbook ({source}), which cannot be verified; paste it as values and upload again',
  },
  IMPORT_FORMULA_CACHED: {
    'zh-CN': '工作表“{sheet}”有 {count} 个单元格的数值由公式算出（如 {cell}），导入的是 Excel 最后一次保存时的计算结果，请核对',
    'zh-TW': '工作表「{sheet}」有 {count} 個儲存格的數值由公式算出（如 {cell}），匯入的是 Excel 最後一次儲存時的計算結果，請核對',
    en: 'The sheet "{sheet}" has {count} cells computed by formulas (e.g. {cell}); the values imported are those Excel saved with the file, please check them',
  },
  IMPORT_TOO_COMPLEX: {
    'zh-CN': '文件内容过于复杂，无法在限定的时间和内存内读取，请删除无关的工作表、格式或公式后重试，或拆分为多个文件',
    'zh-TW': '檔案內容過於複雜，無法在限定的時間和記憶體內讀取，請刪除無關的工作表、格式或公式後重試，或拆分為多個檔案',
    en: 'The file is too complex to be read within the time and memory allowed; remove unrelated sheets, formatting or formulas, or split it into several files',
  },
} satisfies Record<string, Catalogue>;
