// What other features may use of dashboards: their query keys, to reload every dashboard after a change that moves the figures (warning rules).
export { dashboardKeys } from './api';
