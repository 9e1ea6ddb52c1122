// What other features may use of project-dispatch (enforced by the lint rule on imports): the
// district boundaries in force, for the project form's location check.
export { boundaryInForce } from './project-boundaries';

// The dispatch as the reports' 调度通报 states it: the districts' progress, the warned projects and their facts.
export { createProjectDashboardReadModel } from './project-dashboard.read-model';
export { createProjectWarningsReadModel } from './project-warnings.read-model';
export { loadDispatchProjects } from './project-facts';
