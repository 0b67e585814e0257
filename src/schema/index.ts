import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from '../builder.js';
import './scalars.js';
import './backend.js';
import './message.js';
import './client.js';
import './mutation-errors.js';
import './reporter/index.js';
import './uis/index.js';
import './leeloo/index.js';
import './account-calls.js';

builder.queryType({ description: 'Everything a contact-centre frontend reads, over the Reporter, UIS and Leeloo backends.' });

/** The executable schema, sorted so the printed SDL is stable. */
export const schema: GraphQLSchema = lexicographicSortSchema(builder.toSchema());
