/**
 * Opaque tokens for files the user chose. The renderer never sends or sees a path: the adapter that
 * showed the dialog (Electron's open/save dialog, or the test bridge) grants a token for the path
 * the user picked, the renderer passes the token back, and only the main process maps it to the path.
 * A token is for reading or for writing, and lives as long as the process.
 */
import { randomBytes } from 'node:crypto';
import { PalabreError } from '../../../shared/errors';

export type FileMode = 'read' | 'write';

export interface FileTokens {
  grant(path: string, mode: FileMode): string;
  /** The path behind a token granted for this mode; refused otherwise. */
  resolve(token: string, mode: FileMode): string;
}

export function createFileTokens(): FileTokens {
  const granted = new Map<string, { path: string; mode: FileMode }>();
  return {
    grant(path, mode) {
      const token = randomBytes(18).toString('base64url');
      granted.set(token, { path, mode });
      return token;
    },
    resolve(token, mode) {
      const entry = granted.get(token);
      if (!entry || entry.mode !== mode) throw new PalabreError('unknown_file_token');
      return entry.path;
    },
  };
}
