import type { Dict } from '../../../i18n/types';
import type { referenceFiguresZhCN } from './zh-CN';

export const referenceFiguresEn: Dict<typeof referenceFiguresZhCN> = {
  crossCheck: {
    title: 'Checked against published documents',
    none: 'No reference figures accepted for this month',
    differs: 'The published report says {{reference}}; the submission says {{submitted}}',
    agrees: 'The published report says {{reference}}; the submission says {{submitted}}: they agree',
    noSubmission: 'The published report says {{reference}}; the indicator was not submitted this month',
    notComparable: 'The published report says {{reference}}; the units cannot be compared',
    growth: 'growth',
    document: 'Document: {{title}}',
    quote: 'Quote',
    difference: 'difference {{difference}}',
    differencePoints: 'difference {{difference}} pp',
    countDiffers: '{{count}} differ from published documents',
    comparator: { '>=': 'at least', '<=': 'at most', '=': '' },
  },
  status: { agrees: 'Agrees', differs: 'Differs', no_submission: 'Not submitted', not_comparable: 'Not comparable' },
  accept: {
    title: 'Accept as reference figure',
    accepted: 'Accepted as a reference figure',
    submit: 'Accept',
    district: 'District (zone)',
    indicator: 'Indicator',
    month: 'Month',
    value: 'Value (as written)',
    unit: 'Unit (as written)',
    yoy: 'Growth (%)',
    done: 'Accepted as the reference figure of {{organisation}} {{period}}',
    openMonth: 'Open the month\'s submission and cross-check ({{indicator}})',
    withdraw: 'Withdraw',
    withdrawConfirm: 'The month\'s review will no longer check against this figure, and the document\'s figure is open for review again',
    hint: 'When the district\'s month is reviewed, the difference from this figure is shown',
  },
};
