/** The project-files feature's API messages, in the three languages (codes unique across features). */
export const PROJECT_FILES_MESSAGES = {
  ATTACHMENT_NO_FILE: {
    'zh-CN': '请选择要上传的照片或文件',
    'zh-TW': '請選擇要上傳的照片或檔案',
    en: 'Choose a photo or a document to upload',
  },
  ATTACHMENT_TOO_LARGE: {
    'zh-CN': '文件超过{limit}MB，请压缩后再上传',
    'zh-TW': '檔案超過{limit}MB，請壓縮後再上傳',
    en: 'The file is larger than {limit} MB: make it smaller and upload it again',
  },
  ATTACHMENT_TYPE: {
    'zh-CN': '“{fileName}”不是可接受的照片或文件（只接受 JPG、PNG、WebP、HEIC 照片和 PDF、Word、Excel 文件，按文件内容判断，与扩展名无关）',
    'zh-TW': '「{fileName}」不是可接受的照片或檔案（只接受 JPG、PNG、WebP、HEIC 照片和 PDF、Word、Excel 檔案，依檔案內容判斷，與副檔名無關）',
    en: '"{fileName}" is not an accepted photo or document (JPG, PNG, WebP or HEIC photos, PDF, Word or Excel documents, told by the content, whatever the name)',
  },
  ATTACHMENT_TOO_MANY: {
    'zh-CN': '每条记录最多{limit}个附件',
    'zh-TW': '每條記錄最多{limit}個附件',
    en: 'At most {limit} attachments per record',
  },
  ATTACHMENT_REPORT_MISSING: {
    'zh-CN': '请先保存本月月报，再上传照片',
    'zh-TW': '請先儲存本月月報，再上傳照片',
    en: 'Save the month\'s report first, then add photos',
  },
  ATTACHMENT_CLOSED: {
    'zh-CN': '该记录已不能添加附件',
    'zh-TW': '該記錄已不能添加附件',
    en: 'Attachments can no longer be added to this record',
  },
  ATTACHMENT_NOT_YOURS: {
    'zh-CN': '只有上传人或市级审核人员可以删除该附件',
    'zh-TW': '只有上傳人或市級審核人員可以刪除該附件',
    en: 'Only the person who uploaded this attachment, or the city reviewer, may remove it',
  },
} as const;
