import type { Dict } from '../../../i18n/types';
import type { referenceFiguresZhCN } from './zh-CN';

export const referenceFiguresZhTW: Dict<typeof referenceFiguresZhCN> = {
  crossCheck: {
    title: '與公開文件核對',
    none: '本月暫無採納的參考數據',
    differs: '公開報告稱 {{reference}}；報送值為 {{submitted}}',
    agrees: '公開報告稱 {{reference}}；報送值 {{submitted}}，一致',
    noSubmission: '公開報告稱 {{reference}}；本月未報送該指標',
    notComparable: '公開報告稱 {{reference}}；單位不同，無法比較',
    growth: '增速',
    document: '文件：《{{title}}》',
    quote: '原文',
    difference: '相差 {{difference}}',
    differencePoints: '相差 {{difference}} 個百分點',
    countDiffers: '{{count}} 項與公開文件不一致',
    comparator: { '>=': '不低於', '<=': '不超過', '=': '' },
  },
  status: { agrees: '一致', differs: '不一致', no_submission: '未報送', not_comparable: '無法比較' },
  accept: {
    title: '採納為參考數據',
    accepted: '已採納為參考數據',
    submit: '採納',
    district: '區（功能區）',
    indicator: '指標',
    month: '所屬月份',
    value: '數值（按原文）',
    unit: '單位（按原文）',
    yoy: '增速（%）',
    done: '已採納為{{organisation}} {{period}} 的參考數據',
    openMonth: '查看該月報送與核對（{{indicator}}）',
    withdraw: '撤回採納',
    withdrawConfirm: '撤回後，該月審核時不再顯示與此數據的核對，文件中的數據恢復為待審核',
    hint: '採納後，審核該區當月報送時將顯示與此數據的差異',
  },
};
