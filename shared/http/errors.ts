// What every HTTP route answers when it refuses: the same shape as a refused socket command.
import { z } from 'zod';
import { errorCodes } from '../errors';

export const httpErrorSchema = z.object({ ok: z.literal(false), code: z.enum(errorCodes), message: z.string() });
export type HttpError = z.infer<typeof httpErrorSchema>;
