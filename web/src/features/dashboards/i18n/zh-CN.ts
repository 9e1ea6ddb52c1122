/** The dashboards feature's texts (i18next namespace 'dashboards'); the shape every other language follows. */
export const dashboardsZhCN = {
  title: 'dashboards',
};
