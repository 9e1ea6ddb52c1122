import { defineFeature } from '../../platform/features/feature';
import { ORGANISATIONS_MESSAGES } from './organisations.messages';
import { organisationRoutes } from './organisations.routes';
import { createOrganisationService } from './organisations.service';
import * as readGrantsMigration from './read-grants.migration';
import { createReadGrantService } from './read-grants.service';

/** The organisations feature: see docs/NEW_FEATURE.md for what each entry means. */
export const organisationsFeature = defineFeature({
  name: 'organisations',
  register: (app, deps) => organisationRoutes(app, createOrganisationService(deps), createReadGrantService(deps)),
  migrations: { '0041_organisation_read_grants': readGrantsMigration },
  messages: ORGANISATIONS_MESSAGES,
  tables: {
    organisations: { key: ['id'] },
    organisation_groups: { key: ['id'] },
    organisation_group_members: { key: ['group_id', 'organisation_id'] },
    organisation_read_grants: { key: ['department_id', 'organisation_id'] },
  },
  routeCases: () => import('./organisations.permission-spec').then((m) => m.ROUTE_CASES),
});
