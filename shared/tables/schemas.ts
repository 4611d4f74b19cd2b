import { z } from 'zod';
import { tableLimits } from '../limits';
import { idSchema } from '../schemas';
import { typedText } from '../text';

/** Short, so a table's QR link stays short; any of these characters, so `__proto__` is an id like any other. */
export const tableIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a table id');
export const tableNameSchema = typedText({ min: 1, max: tableLimits.name });
export const tableSchema = z.strictObject({ id: tableIdSchema, name: tableNameSchema });

/** The whole list, in order: ids and names unique (names compared as a person reads them). */
export const setTablesSchema = z.strictObject({
  tables: z
    .array(tableSchema)
    .max(tableLimits.perBoard)
    .superRefine((tables, ctx) => {
      const ids = new Set<string>();
      const names = new Set<string>();
      for (const { id, name } of tables) {
        const key = name.toLocaleLowerCase('da');
        if (ids.has(id)) ctx.addIssue({ code: 'custom', message: `table id "${id}" appears twice` });
        if (names.has(key)) ctx.addIssue({ code: 'custom', message: `table name "${name}" appears twice` });
        ids.add(id);
        names.add(key);
      }
    }),
});
export const chooseTableSchema = z.strictObject({ tableId: tableIdSchema.nullable() });
export const ideaTableSchema = z.strictObject({ id: idSchema, tableId: tableIdSchema.nullable() });
export const roundSchema = z.strictObject({ round: z.literal(2) });
