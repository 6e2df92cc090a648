/** API area "tags". */
import type { z } from 'zod';

/** Request schemas of the tags calls. */
export const tagsRequests = {} satisfies Record<string, z.ZodType>;

/** Response types of the tags calls. */
export interface TagsResponses {}
