/**
 * A process that stages a dropped file (file:stage) and ends without importing it. Run with
 * `node --import tsx stageAndExit.ts DB STAGING_DIR`; prints the staged file's path, then exits: the
 * test checks that the file went with it.
 */
import { openDatabase } from '../../electron/main/db/open';
import { call, createDispatcher } from '../../electron/main/handlers';
import { createContext } from '../../electron/main/services/context';

async function main(): Promise<void> {
  const [dbPath, stagingDir] = process.argv.slice(2) as [string, string];
  const ctx = createContext(await openDatabase(dbPath), { databasePath: dbPath, stagingDir });
  const staged = await call(createDispatcher(ctx), 'file:stage', { name: 'Contribution d’Awa.palabre', contentBase64: Buffer.from('{"format":"palabre-package"}').toString('base64') });
  process.stdout.write(`${ctx.files.resolve(staged.token, 'read')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(3);
});
