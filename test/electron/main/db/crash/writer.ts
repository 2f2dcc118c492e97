/**
 * The writer the crash test kills. It opens the database as the app does and writes until it is
 * killed, printing one line on stdout after each write has COMMITTED (the promise a save makes to
 * the user), so the parent knows what must survive:
 *
 *   autosave DB REC TAG   `recommendation:save` through the real dispatcher, again and again
 *                         (ack: `ack save <versionId>`)
 *   batch DB TAG          one transaction per batch: a meeting and 40 committees (an import's shape)
 *                         (ack: `ack batch <title>`)
 *   migrate DB            opens (and so migrates) an older database (ack: `ack migrated`)
 *
 * `ready` is printed once the database is open (before it, for migrate), so the kill can land in
 * the writes rather than in the start-up.
 */
import { openDatabase } from '../../../../../electron/main/db/open';
import { call, createDispatcher } from '../../../../../electron/main/handlers';
import { createContext } from '../../../../../electron/main/services/context';
import { documentFromPlainText } from '../../../../../shared/document/lexicalJson';

const say = (line: string) => process.stdout.write(`${line}\n`);
const [mode, path, a, b] = process.argv.slice(2) as [string, string, string | undefined, string | undefined];

async function autosave(recommendationId: string, tag: string): Promise<never> {
  const db = await openDatabase(path);
  const dispatch = createDispatcher(createContext(db));
  say('ready');
  let head = (await call(dispatch, 'recommendation:get', { recommendationId })).headVersionId;
  for (let n = 1; ; n++) {
    let p = 0;
    const body = documentFromPlainText(`Les États membres renforcent l’alerte précoce (${tag}.${n}).\n\nParagraphe ${n} : « veille » ; suivi.`, () => `${tag}-${n}-${++p}`);
    const saved = await call(dispatch, 'recommendation:save', { recommendationId, baseVersionId: head, title: `Réseau d’alerte ${tag}.${n}`, body });
    head = saved.headVersionId;
    say(`ack save ${head}`);
  }
}

async function batch(tag: string): Promise<never> {
  const db = await openDatabase(path);
  say('ready');
  const meeting = db.prepare(`INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, ?, '2025-11-17T08:00:00Z', '2025-11-17T08:00:00Z')`);
  const committee = db.prepare(`INSERT INTO committees (id, meeting_id, name, position, created_at) VALUES (?, ?, ?, ?, '2025-11-17T08:00:00Z')`);
  const write = db.transaction((title: string) => {
    const id = crypto.randomUUID();
    meeting.run(id, title);
    for (let k = 1; k <= 40; k++) committee.run(crypto.randomUUID(), id, `${title} — commission ${k}`, k);
  });
  for (let n = 1; ; n++) {
    const title = `Lot ${tag}.${n}`;
    write(title);
    say(`ack batch ${title}`);
    // Let the event loop breathe, as the app's does between two imports.
    await new Promise((tick) => setImmediate(tick));
  }
}

async function migrateOnce(): Promise<void> {
  say('ready');
  const db = await openDatabase(path);
  say('ack migrated');
  db.close();
}

async function main(): Promise<void> {
  if (mode === 'autosave') await autosave(a!, b!);
  else if (mode === 'batch') await batch(a!);
  else if (mode === 'migrate') await migrateOnce();
  else throw new Error(`unknown mode ${mode}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(3);
});
