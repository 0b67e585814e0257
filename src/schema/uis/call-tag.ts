import { builder } from '../builder.js';
import { parseUisDate } from '../../backends/uis/dates.js';
import { UisCallTag, UisTag } from '../../backends/uis/shapes.js';
import { selectedFieldNames } from '../selection.js';
import { employeeFor } from './call-employee.js';
import { EmployeeRef } from './employee.js';
import { orNull } from './ids.js';
import { TagRef } from './tag.js';
import { READ } from '../type-scopes.js';

/**
 * A tag as it hangs off a call: which tag, how it got there (auto rule or by hand), when, and who
 * set it (the `tags[]` item of the report, uis-data-api.md §12.9). All of it comes with the call.
 */
export const CallTagRef = builder.objectRef<UisCallTag>('CallTag').implement({
  ...READ,
  description: 'A tag on a call, with who set it and when.',
  fields: (t) => ({
    tagId: t.int({ nullable: false, description: 'The UIS tag id.', resolve: (ct) => ct.tag.tag_id }),
    name: t.string({ description: 'Tag name.', resolve: (ct) => ct.tag.tag_name }),
    type: t.string({ description: 'How it was set: `manual` (by a person or the API) or `auto` (by a rule); other values pass through.', resolve: (ct) => ct.tag.tag_type }),
    changedAt: t.field({ type: 'DateTime', description: 'When it was set.', resolve: (ct) => (ct.tag.tag_change_time ? (parseUisDate(ct.tag.tag_change_time, ct.zone) ?? null) : null) }),
    userId: t.int({ description: 'UIS user who set it (null for automatic tags).', resolve: (ct) => ct.tag.tag_user_id }),
    userLogin: t.string({ description: 'Login of that user.', resolve: (ct) => ct.tag.tag_user_login }),
    employeeFullName: t.string({ description: 'Name of the employee who set it, when an employee did.', resolve: (ct) => ct.tag.tag_employee_full_name }),
    employee: t.field({
      type: EmployeeRef,
      description: 'The employee who set it, when an employee did.',
      resolve: (ct, _a, ctx, info) => (ct.tag.tag_employee_id == null ? null : employeeFor(ct.tag.tag_employee_id, ct.tag.tag_employee_full_name, ctx, info)),
    }),
    tag: t.field({
      type: TagRef,
      description: 'The Tag itself. Its id and name come with the call; `isSystem` reads the (shared, cached) tag list. Null if deleted since.',
      resolve: async (ct, _a, ctx, info) => {
        const needsRow = [...selectedFieldNames(info)].some((f) => !['id', 'tagId', 'name', '__typename'].includes(f));
        if (!needsRow) return new UisTag(ct.tag.tag_id, undefined, { name: ct.tag.tag_name });
        const row = await orNull(ctx.loaders.uis.tag.load(ct.tag.tag_id));
        return row ? new UisTag(ct.tag.tag_id, row) : null;
      },
    }),
  }),
});
