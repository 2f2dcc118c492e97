/**
 * `npm run dev:browser -- --db FILE [--lang fr|en]`: the real app in a visible Chromium window, over
 * the same handlers and database code as the desktop app. For machines without the Electron binary.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBridgedApp } from './bridge';
import { ChromiumNotFoundError } from './chromium';

const USAGE = `Usage : npm run dev:browser -- [--db FICHIER] [--lang fr|en]
  --db    base de données SQLite (par défaut : celle de l’application de bureau)
  --lang  langue de l’interface (fr par défaut)`;

/** The same file the desktop app uses on Linux (Electron's userData for the app name "Palabre"). */
function defaultDatabasePath(): string {
  const configHome = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(configHome, 'Palabre', 'palabre.sqlite');
}

async function main(): Promise<number> {
  let values: { db?: string; lang?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { db: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean' } },
      allowPositionals: false,
    }));
  } catch (error) {
    console.error((error as Error).message);
    console.error(USAGE);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.lang && values.lang !== 'fr' && values.lang !== 'en') {
    console.error(`Langue inconnue : ${values.lang} (fr ou en). / Unknown language: ${values.lang} (fr or en).`);
    return 2;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('Aucun écran graphique (DISPLAY) : lancez sous xvfb-run ou dans une session graphique.');
    console.error('No display (DISPLAY): run under xvfb-run or in a graphical session.');
    return 1;
  }
  const dbPath = values.db ?? defaultDatabasePath();
  const locale = values.lang === 'en' ? 'en' : values.lang === 'fr' ? 'fr' : undefined;
  const app = await launchBridgedApp({ dbPath, locale, headless: false, viewport: { width: 1366, height: 850 } });
  console.log(`Palabre (navigateur) : ${app.url} — base ${dbPath}. Fermez la fenêtre pour quitter.`);
  await new Promise<void>((done) => {
    app.page.on('close', () => done());
    app.browser.on('disconnected', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  await app.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ChromiumNotFoundError) console.error(error.message);
    else console.error(`Palabre n’a pas pu démarrer dans le navigateur : ${(error as Error).message}`);
    process.exit(1);
  },
);
