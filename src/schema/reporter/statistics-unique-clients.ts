import type { ProjectUniqClientsDto } from '../../backends/reporter/types.js';
import { builder } from '../builder.js';
import { READ } from '../type-scopes.js';

/** ProjectUniqClientsDto (reporter-api.md §2.4), from `GET stats/unique-clients` (§3.1). */
export const ProjectUniqueClientsRef = builder.objectRef<ProjectUniqClientsDto>('ProjectUniqueClients').implement({
  ...READ,
  description: 'How many distinct clients a project has had, over its whole history (`stats/unique-clients` takes no period).',
  fields: (t) => ({
    projectShortName: t.exposeString('projectShortName', { nullable: false, description: 'The project.' }),
    count: t.field({
      type: 'Long',
      nullable: false,
      description: 'Distinct clients (int64 upstream, hence Long).',
      resolve: (p) => p.totalCount,
    }),
  }),
});
