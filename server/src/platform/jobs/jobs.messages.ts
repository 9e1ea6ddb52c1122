import type { MessageCatalogue } from '../i18n/catalogue';

/** Messages of the job queue (platform/jobs), merged into the API catalogue. */
export const JOB_MESSAGES = {
  JOB_TOO_LARGE: {
    'zh-CN': '文件超过后台任务可保存的大小上限（{limit}）',
    'zh-TW': '檔案超過背景工作可保存的大小上限（{limit}）',
    en: 'The file is larger than a background job may keep ({limit})',
  },
  JOB_TOO_MANY: {
    'zh-CN': '您已有 {limit} 个后台任务在排队或处理中，请等待其完成后再提交',
    'zh-TW': '您已有 {limit} 個背景工作在排隊或處理中，請等待其完成後再提交',
    en: 'You already have {limit} background jobs queued or running; wait for them to finish',
  },
  JOB_NOT_QUEUED: {
    'zh-CN': '该任务已开始处理或已结束，无法取消',
    'zh-TW': '該工作已開始處理或已結束，無法取消',
    en: 'This job has already started or ended and can no longer be cancelled',
  },
  JOB_INTERRUPTED: {
    'zh-CN': '处理该任务的服务器多次中断，任务未能完成，请重新提交',
    'zh-TW': '處理該工作的伺服器多次中斷，工作未能完成，請重新提交',
    en: 'The servers running this job stopped too many times; the job did not finish, please submit it again',
  },
  JOB_EXPIRED: {
    'zh-CN': '该任务排队时间过长，未被处理，请重新提交',
    'zh-TW': '該工作排隊時間過長，未被處理，請重新提交',
    en: 'This job waited too long without being run; please submit it again',
  },
} satisfies MessageCatalogue;
