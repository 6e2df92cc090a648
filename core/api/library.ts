/** API area "library". */
import type { z } from 'zod';

/** Request schemas of the library calls. */
export const libraryRequests = {} satisfies Record<string, z.ZodType>;

/** Response types of the library calls. */
export interface LibraryResponses {}
