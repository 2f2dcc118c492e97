/**
 * The channels of the file dialogs, spread into the contract in channels.ts.
 *
 * The renderer never sees a path: the open and save dialogs of the main process (or the test
 * bridge's scripted stand-in) grant an opaque token for each file the user picked, and the renderer
 * passes the token on to `package:import`, `package:export`, `report:export`. A file dropped on the
 * window has no dialog: its bytes are staged in a private folder and granted for reading.
 */
import { z } from 'zod';
import { OPEN_PURPOSES, SAVE_PURPOSES, STAGE_MAX_BYTES, type ChosenFile } from './fileKinds';
import { channel, requiredText } from './schemas';

export {
  OPEN_EXTENSIONS,
  OPEN_PURPOSES,
  SAVE_EXTENSIONS,
  SAVE_PURPOSES,
  STAGE_MAX_BYTES,
  type ChosenFile,
  type OpenPurpose,
  type SavePurpose,
} from './fileKinds';

export const fileChannels = {
  /** Shows the open dialog; empty when cancelled. `import`: several .palabre/.docx; `logo`: one PNG or JPEG. */
  'file:chooseOpen': channel<{ files: ChosenFile[] }>()(z.object({ purpose: z.enum(OPEN_PURPOSES) }).strict()),
  /** Shows the save dialog; null when cancelled. The token is granted for writing. */
  'file:chooseSave': channel<{ token: string; name: string } | null>()(
    z.object({ purpose: z.enum(SAVE_PURPOSES), suggestedName: requiredText(200) }).strict(),
  ),
  /** Writes a dropped file's bytes to the private staging folder (name sanitised, size capped); granted for reading. */
  'file:stage': channel<ChosenFile>()(
    z
      .object({
        name: requiredText(255),
        contentBase64: z
          .string()
          .max(Math.ceil(STAGE_MAX_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 expected'),
      })
      .strict(),
  ),
} as const;
