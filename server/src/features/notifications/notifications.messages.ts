/** The notifications feature's API messages, in the three languages (codes unique across features). */
export const NOTIFICATIONS_MESSAGES = {
  NOTIFICATION_NOT_FOUND: {
    'zh-CN': '没有找到这条消息',
    'zh-TW': '沒有找到這條訊息',
    en: 'No such message',
  },
  NOTHING_TO_REMIND: {
    'zh-CN': '{period}没有逾期未报的区可催报（期限 {deadline}）',
    'zh-TW': '{period}沒有逾期未報的區可催報（期限 {deadline}）',
    en: 'No district is late with {period} (deadline {deadline}): nobody to remind',
  },
  REMINDED_RECENTLY: {
    'zh-CN': '{period}已于 {at} 催报过；同一区同一月份 {hours} 小时内只催报一次，{next} 后可再次催报',
    'zh-TW': '{period}已於 {at} 催報過；同一區同一月份 {hours} 小時內只催報一次，{next} 後可再次催報',
    en: 'The late districts were reminded of {period} at {at} (Beijing time); a district is reminded of a month at most once in {hours} hours: again from {next}',
  },
  /** The text of a message sent outside the app (e-mail, SMS): kind, month, district, reason. */
  NOTIFY_RETURNED: {
    'zh-CN': '【宏图】{organisation}{period}报送已被市里退回：{reason}',
    'zh-TW': '【宏圖】{organisation}{period}報送已被市裡退回：{reason}',
    en: '[Hongtu] The city returned {organisation}’s figures of {period}: {reason}',
  },
  NOTIFY_REMINDED: {
    'zh-CN': '【宏图】催报：{organisation}{period}数据已逾期（期限 {deadline}），请尽快报送',
    'zh-TW': '【宏圖】催報：{organisation}{period}資料已逾期（期限 {deadline}），請盡快報送',
    en: '[Hongtu] Reminder: {organisation}’s figures of {period} are late (deadline {deadline}); please submit them',
  },
  NOTIFY_APPROVED: {
    'zh-CN': '【宏图】{organisation}{period}报送已审核通过',
    'zh-TW': '【宏圖】{organisation}{period}報送已審核通過',
    en: '[Hongtu] The city approved {organisation}’s figures of {period}',
  },
} as const;
