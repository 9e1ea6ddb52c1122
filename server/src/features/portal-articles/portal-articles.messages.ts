/** The portal-articles feature's API messages, in the three languages (codes unique across features). */
export const PORTAL_ARTICLES_MESSAGES = {
  PORTAL_ARTICLE_SLUG_TAKEN: {
    'zh-CN': '文章地址“{slug}”已被另一篇文章使用',
    'zh-TW': '文章網址「{slug}」已被另一篇文章使用',
    en: 'The address “{slug}” is already used by another article',
  },
  PORTAL_ARTICLE_SLUG_FORMAT: {
    'zh-CN': '文章地址只能用小写字母、数字和连字符（如 wuhan-2021）',
    'zh-TW': '文章網址只能用小寫字母、數字和連字號（如 wuhan-2021）',
    en: 'An address may use lower-case letters, digits and hyphens only (e.g. wuhan-2021)',
  },
  PORTAL_ARTICLE_UNSAFE_URL: {
    'zh-CN': '图片和链接地址须以 http(s):// 开头或为站内相对地址',
    'zh-TW': '圖片和連結網址須以 http(s):// 開頭或為站內相對網址',
    en: 'Image and link addresses must start with http(s):// or be relative to the site',
  },
  PORTAL_ARTICLE_COVER_ALT: {
    'zh-CN': '封面图片须附文字说明（替代文本），没有图片则不填说明',
    'zh-TW': '封面圖片須附文字說明（替代文字），沒有圖片則不填說明',
    en: 'A cover image needs its text alternative, and a text alternative needs an image',
  },
  PORTAL_ARTICLE_DISTRICT_INVALID: {
    'zh-CN': '文章所属区域须为您可管理的区或功能区（市级文章不选区域）',
    'zh-TW': '文章所屬區域須為您可管理的區或功能區（市級文章不選區域）',
    en: 'The article’s district must be a district or zone you manage (a city article has none)',
  },
  PORTAL_ARTICLE_ACTION_NOT_ALLOWED: {
    'zh-CN': '这篇文章当前状态下不能执行此操作',
    'zh-TW': '這篇文章目前狀態下不能執行此操作',
    en: 'This cannot be done to the article in its current status',
  },
  PORTAL_ARTICLE_IMPORT_INVALID: {
    'zh-CN': '导入的 Markdown 文件须有 front matter，并写明标题（title）；主题（topic）须为门户的主题之一',
    'zh-TW': '匯入的 Markdown 檔案須有 front matter，並寫明標題（title）；主題（topic）須為門戶的主題之一',
    en: 'An imported Markdown file needs front matter with a title; its topic, if given, must be one of the portal’s',
  },
} as const;
