/** API area "app": facts about the running application. */
import { z } from 'zod';

/** Request schemas of the app calls. */
export const appRequests = {
  'app.info': z.object({}).strict(),
};

/** What the renderer needs to know about its host. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** Which transport serves this renderer. */
  readonly transport: 'electron' | 'web';
  readonly platform: string;
  /** The folder documents are opened from and saved to by default. */
  readonly documentsDir: string;
}

/** Response types of the app calls. */
export interface AppResponses {
  'app.info': AppInfo;
}
