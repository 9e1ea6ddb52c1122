/** The documents feature's API messages, in the three languages (codes unique across features). */
export const DOCUMENTS_MESSAGES = {
  DOCUMENT_NO_FILE: {
    'zh-CN': '请选择要上传的文档（TXT、Markdown、HTML、Word .docx 或带文字层的 PDF）',
    'zh-TW': '請選擇要上傳的文件（TXT、Markdown、HTML、Word .docx 或帶文字層的 PDF）',
    en: 'Choose a document to upload (text, Markdown, HTML, Word .docx or a PDF with a text layer)',
  },
  DOCUMENT_TOO_LARGE: {
    'zh-CN': '文档超过{limit}MB，未上传；请拆分或压缩后再上传',
    'zh-TW': '文件超過{limit}MB，未上傳；請拆分或壓縮後再上傳',
    en: 'The document is larger than {limit} MB and was not uploaded: split it or make it smaller',
  },
  DOCUMENT_FORMAT: {
    'zh-CN': '“{fileName}”不是可读取的文档格式（只接受 TXT、Markdown、HTML、Word .docx 和 PDF）',
    'zh-TW': '「{fileName}」不是可讀取的文件格式（只接受 TXT、Markdown、HTML、Word .docx 和 PDF）',
    en: '"{fileName}" is not a format that can be read (text, Markdown, HTML, Word .docx and PDF only)',
  },
  DOCUMENT_EMPTY: {
    'zh-CN': '文档中没有文字',
    'zh-TW': '文件中沒有文字',
    en: 'The document has no text',
  },
  DOCUMENT_ENCODING: {
    'zh-CN': '无法识别文本文件的编码（支持 UTF-8、GB18030/GBK、Big5），请另存为 UTF-8 后再上传',
    'zh-TW': '無法識別文字檔的編碼（支援 UTF-8、GB18030/GBK、Big5），請另存為 UTF-8 後再上傳',
    en: 'The text file\'s encoding could not be told (UTF-8, GB18030/GBK and Big5 are read): save it as UTF-8 and upload it again',
  },
  DOCUMENT_LANGUAGE: {
    'zh-CN': '“{fileName}”不是中文文档，未收录（只收录简体或繁体中文文档）',
    'zh-TW': '「{fileName}」不是中文文件，未收錄（只收錄簡體或繁體中文文件）',
    en: '"{fileName}" is not in Chinese and was not taken in (only documents in Simplified or Traditional Chinese are)',
  },
  DOCUMENT_UNREADABLE: {
    'zh-CN': '{format}文件已损坏或无法读取',
    'zh-TW': '{format}檔案已損壞或無法讀取',
    en: 'The {format} file is damaged or cannot be read',
  },
  DOCUMENT_ZIP_BOMB: {
    'zh-CN': 'Word 文件解压后超过{limit}MB，疑为压缩炸弹，已拒绝',
    'zh-TW': 'Word 檔案解壓後超過{limit}MB，疑為壓縮炸彈，已拒絕',
    en: 'The Word file would expand beyond {limit} MB (a zip bomb?) and was refused',
  },
  DOCUMENT_PDF_NO_TEXT: {
    'zh-CN': '该 PDF（{pages}页）没有文字层，可能是扫描件；请上传带文字层的 PDF 或原始 Word 文件',
    'zh-TW': '該 PDF（{pages}頁）沒有文字層，可能是掃描件；請上傳帶文字層的 PDF 或原始 Word 檔案',
    en: 'This PDF ({pages} pages) has no text layer (a scan?): upload a PDF with text or the original Word file',
  },
  DOCUMENT_PDF_ENCRYPTED: {
    'zh-CN': '该 PDF 设有密码，无法读取',
    'zh-TW': '該 PDF 設有密碼，無法讀取',
    en: 'This PDF is protected by a password and cannot be read',
  },
  DOCUMENT_PDF_PAGES: {
    'zh-CN': 'PDF 超过{limit}页，请拆分后上传',
    'zh-TW': 'PDF 超過{limit}頁，請拆分後上傳',
    en: 'The PDF has more than {limit} pages: split it and upload the parts',
  },
  DOCUMENT_TEXT_TOO_LONG: {
    'zh-CN': '文档文字超过{limit}字，请拆分后上传',
    'zh-TW': '文件文字超過{limit}字，請拆分後上傳',
    en: 'The document has more than {limit} characters of text: split it',
  },
  DOCUMENT_FIGURE_REJECTED: {
    'zh-CN': '该数据已被驳回，不能再修改',
    'zh-TW': '該數據已被駁回，不能再修改',
    en: 'This figure was rejected and can no longer be changed',
  },
  DOCUMENT_FIGURE_ACCEPTED: {
    'zh-CN': '该数据已采用为参考数据，不能再修改或驳回',
    'zh-TW': '該數據已採用為參考數據，不能再修改或駁回',
    en: 'This figure was accepted as a reference figure and can no longer be changed or rejected',
  },
  DOCUMENT_FOLDER: {
    'zh-CN': '无法读取文件夹“{path}”',
    'zh-TW': '無法讀取資料夾「{path}」',
    en: 'The folder "{path}" cannot be read',
  },
} as const;
