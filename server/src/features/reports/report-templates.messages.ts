/** The house-style templates' API messages, in the three languages (codes unique across features). */
export const REPORT_TEMPLATE_MESSAGES = {
  REPORT_TEMPLATE_NO_FILE: {
    'zh-CN': '请选择要上传的 Word 模板（.docx）',
    'zh-TW': '請選擇要上傳的 Word 範本（.docx）',
    en: 'Choose a Word template (.docx) to upload',
  },
  REPORT_TEMPLATE_TOO_LARGE: {
    'zh-CN': '模板超过{limit}MB，未上传；请删去其中的图片等大文件后再上传',
    'zh-TW': '範本超過{limit}MB，未上傳；請刪去其中的圖片等大檔案後再上傳',
    en: 'The template is larger than {limit} MB and was not uploaded: remove large pictures from it and upload it again',
  },
  REPORT_TEMPLATE_NOT_DOCX: {
    'zh-CN': '“{fileName}”不是 Word .docx 文件（按文件内容判断，不看扩展名），请在 Word 中另存为 .docx 后再上传',
    'zh-TW': '「{fileName}」不是 Word .docx 檔案（按檔案內容判斷，不看副檔名），請在 Word 中另存為 .docx 後再上傳',
    en: '"{fileName}" is not a Word .docx file (told by its content, not its name): save it as .docx in Word and upload it again',
  },
  REPORT_TEMPLATE_MACRO: {
    'zh-CN': '模板含有宏（.docm 或 vbaProject.bin），出于安全原因不予接受；请另存为不含宏的 .docx',
    'zh-TW': '範本含有巨集（.docm 或 vbaProject.bin），基於安全原因不予接受；請另存為不含巨集的 .docx',
    en: 'The template contains macros (.docm or vbaProject.bin) and is refused for safety: save it as a .docx without macros',
  },
  REPORT_TEMPLATE_MALFORMED: {
    'zh-CN': '模板中的占位符书写有误：{problems}。占位符写作 {title} 这样成对的花括号',
    'zh-TW': '範本中的佔位符書寫有誤：{problems}。佔位符寫作 {title} 這樣成對的大括號',
    en: 'The template\'s placeholders are malformed: {problems}. A placeholder is written in a pair of braces, like {title}',
  },
  REPORT_TEMPLATE_UNKNOWN_PLACEHOLDERS: {
    'zh-CN': '模板中有不认识的占位符：{names}。可用的占位符为 {known}',
    'zh-TW': '範本中有不認識的佔位符：{names}。可用的佔位符為 {known}',
    en: 'The template has placeholders that are not known: {names}. The placeholders that can be used are {known}',
  },
  REPORT_TEMPLATE_NO_BODY: {
    'zh-CN': '模板中缺少正文位置：请在单独一段中写 {@body}，报告正文将插在那里',
    'zh-TW': '範本中缺少正文位置：請在單獨一段中寫 {@body}，報告正文將插在那裡',
    en: 'The template has no place for the body: write {@body} in a paragraph of its own, where the report\'s text will go',
  },
  REPORT_TEMPLATE_NAME: {
    'zh-CN': '模板名称不能为空，且不超过{limit}个字',
    'zh-TW': '範本名稱不能為空，且不超過{limit}個字',
    en: 'The template\'s name must not be empty and may have at most {limit} characters',
  },
} as const;
