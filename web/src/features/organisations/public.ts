// What other features may use of organisations: the organisations and groups in the caller's scope, as lists and trees.
export { useGroups, useOrganisations } from './api';
export { buildOrgTree, toTreeSelectData } from './orgTree';
