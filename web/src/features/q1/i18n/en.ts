import type { Dict } from '../../../i18n/types';
import type { q1ZhCN } from './zh-CN';

export const q1En: Dict<typeof q1ZhCN> = {
  menu: {
    q1: 'Q1 push',
  },
  title: 'Q1 push',
  subtitle: 'Q1 targets as a share of the annual target, tracked week by week',
  year: 'Year',
  empty: 'No Q1 targets or figures for this year yet',
  banner: 'As of {{today}}: {{days}} of {{total}} days of Q1 passed ({{weeks}} of 13 weeks), time progress {{progress}} (by calendar days)',
  pace: 'Due by then, by calendar days: {{expected}}',
  columns: {
    district: 'District',
    q1Target: 'Q1 target',
    ytd: 'Q1 to date',
    completion: 'Completion',
    status: 'Progress',
    rank: 'Rank',
  },
  share: '{{share}} of the year',
  linear: 'No quarterly share set: 25 % assumed',
  source: {
    week: 'week {{week}}',
    month: 'month {{month}} (approved)',
  },
  status: {
    ahead: 'Ahead',
    level: 'On pace',
    behind: 'Behind',
  },
  chart: {
    title: '{{district}} · {{indicator}} by week',
    label: 'Line chart of the weekly Q1 year-to-date value of {{indicator}} in {{district}} against the target pace',
    district: 'District',
    indicator: 'Indicator',
    ytd: 'Year to date',
    trajectory: 'Target pace',
    week: 'W{{week}}',
    endDate: 'to {{date}}',
    empty: 'No weekly figures for this district and indicator yet',
  },
  entry: {
    title: "Record this week's year-to-date value",
    week: 'Week',
    weekOption: 'Week {{week}} (to {{date}})',
    value: 'Q1 year-to-date',
    note: 'Note',
    save: 'Save',
    saved: 'Saved',
    stale: 'Someone else changed these figures; reloaded — please check and save again',
    nothing: 'Fill in at least one value',
  },
};
