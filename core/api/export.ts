/** API area "export". */
import type { z } from 'zod';

/** Request schemas of the export calls. */
export const exportRequests = {} satisfies Record<string, z.ZodType>;

/** Response types of the export calls. */
export interface ExportResponses {}
