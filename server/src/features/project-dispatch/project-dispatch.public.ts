// What other features may use of project-dispatch (enforced by the lint rule on imports): the
// district boundaries in force, for the project form's location check.
export { boundaryInForce } from './project-boundaries';
