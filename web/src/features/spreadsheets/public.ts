// What the month page (reporting) uses of spreadsheets: the Excel template download and the import dialog.
export { downloadTemplate } from './api';
export { ImportDialog } from './components/ImportDialog';
