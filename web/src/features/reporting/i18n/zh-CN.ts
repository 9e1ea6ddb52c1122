/** The reporting feature's texts (i18next namespace 'reporting'); the shape every other language follows. */
export const reportingZhCN = {
  title: 'reporting',
};
