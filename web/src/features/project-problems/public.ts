// What other web features may use of project-problems (lint rule): the attachments panel the
// project and report pages show.
export { AttachmentsCard, AttachmentsPanel } from './components/AttachmentsPanel';
export { ProblemsLink } from './components/ProblemsLink';
