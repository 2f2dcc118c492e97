/**
 * A second process that opens a Palabre database the way the desktop app does (its lock first, then
 * the file) and keeps it open until it is killed. Run with `node --import tsx holdDatabase.ts FILE`;
 * prints `holding <pid>` once the database is open. See startHolder() in processes.ts.
 */
import { acquireDatabaseLock } from '../../electron/main/db/lock';
import { openDatabase } from '../../electron/main/db/open';

async function main(): Promise<void> {
  const path = process.argv[2]!;
  const lock = acquireDatabaseLock(path, 'app');
  const db = await openDatabase(path);
  db.prepare('SELECT count(*) FROM meetings').get();
  process.stdout.write(`holding ${process.pid}\n`);
  // Both stay referenced (a collected connection would close and give the lock back) until the kill.
  setInterval(() => void [lock.path, db.open], 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(3);
});
