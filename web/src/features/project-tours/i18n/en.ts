import type { projectToursZhCN } from './zh-CN';
import type { Dict } from '../../../i18n/types';

/** The project-tours feature's texts in English. */
export const projectToursEn: Dict<typeof projectToursZhCN> = {
  menu: { projectTours: 'Inspection tours' },
  title: 'Inspection tours (观摩拉练)',
  empty: 'No inspection tours yet',
  status: { nominating: 'Taking nominations', scoring: 'Scoring', closed: 'Closed' },
  columns: { name: 'Name', tourDate: 'Date', status: 'Status', stops: 'Stops', mine: 'My projects' },
  actions: {
    create: 'New tour', open: 'Open', back: 'Back to the list', nominate: 'Nominate', fixRoute: 'Fix the route', saveScores: 'Save scores', close: 'Close scoring and publish the ranking',
    up: 'Up', down: 'Down', cancel: 'Cancel', save: 'Save',
  },
  form: {
    name: 'Name', tourDate: 'Date', criteria: 'Criteria (weights add up to 100)', criterionName: 'Criterion', weight: 'Weight', judges: 'Judges', addCriterion: 'Add a criterion',
    total: 'Total {{total}}', totalWrong: 'The weights must add up to 100; now {{total}}', required: 'Required',
  },
  tour: {
    source: 'Source: the document {{file}}',
    organiser: 'Organiser', criteria: 'Criteria', judges: 'Judges', route: 'Route', nominations: 'Nominations', notOnRoute: 'Not on the route', position: 'Stop {{n}}',
    project: 'Project', district: 'District', contactLeader: 'Contact leader', noStops: 'No nominations yet', chooseProject: 'Choose a project of your district', onRoute: 'On the route',
    scoring: 'My scores', scoreHint: 'Each from 0 to its full mark, one decimal at most', myTotal: 'Total {{total}}', scored: 'Scored', invalid: 'Check: {{names}}',
    results: 'Districts ranked', rank: 'Rank', score: 'Mean score', scoredStops: 'Stops scored', stopScore: 'Stop score', allScores: 'All scores', judge: 'Judge',
    resultsHidden: 'Every score and the ranking are shown once scoring is closed', confirmClose: 'Close scoring?', confirmCloseText: 'No more scores can be given; every score and the districts\' ranking become visible to all.',
    rule: 'Ranking: a judge\'s total for a stop is the sum of his scores on its criteria; a stop\'s score is the mean of the judges\' totals; a district\'s score is the mean of its scored stops, rounded half-up to two decimals and ranked, equal scores sharing a rank.',
  },
  messages: { created: 'Tour created', nominated: 'Nominated', routeFixed: 'Route fixed', scoresSaved: 'Scores saved', closed: 'Scoring closed; the ranking is published' },
};
