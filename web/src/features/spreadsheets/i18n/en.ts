import type { Dict } from '../../../i18n/types';
import type { spreadsheetsZhCN } from './zh-CN';

export const spreadsheetsEn: Dict<typeof spreadsheetsZhCN> = {
  import: {
    title: 'Import Excel',
    drop: 'Click or drop the filled template (.xlsx) here',
    hint: 'The file is checked first; nothing is written until you confirm. Importing the same file again changes nothing.',
    checking: 'Checking the file…',
    blocking: 'The file has problems and cannot be imported. Correct them and upload again.',
    ready: 'Checks passed: the import will update {{changes}} figures',
    alreadyImported: 'This file was imported before; importing it again changes nothing',
    file: 'File',
    rowsParsed: 'Rows read',
    changes: 'Will update',
    problemsTitle: 'Problems in the file ({{count}})',
    moreProblems: 'Showing the first {{shown}} of {{count}}',
    findingsTitle: 'Checks',
    sheet: 'Sheet',
    row: 'Row',
    column: 'Column',
    message: 'Problem',
    again: 'Upload another file',
    commit: 'Import',
    committed: 'Imported: {{changed}} figures updated',
    committedNoChange: 'Imported: nothing changed',
  },
  actions: {
    close: 'Close',
  },
};
