/**
 * What `npm start` tells the user, French first then English. Short, with what to do next, and
 * never a stack trace: the people who read it run a meeting, not a debugger.
 */

export const messages = {
  downloadingElectron: (version) => [
    `Palabre : téléchargement d’Electron ${version} (une seule fois)…`,
    `Palabre: downloading Electron ${version} (once only)…`,
  ],

  electronMissing: ({ version, platform, arch, detail }) => [
    `Palabre : Electron ${version} n’a pas pu être téléchargé (cette machine semble hors ligne).`,
    `  Pour lancer l’application de bureau, au choix :`,
    `  - lancez \`npm start\` une fois sur une machine connectée à Internet, puis recommencez ici ;`,
    `  - ou décompressez l’archive electron-v${version}-${platform}-${arch}.zip dans un dossier`,
    `    et indiquez ce dossier dans ELECTRON_OVERRIDE_DIST_PATH avant \`npm start\`.`,
    `  En attendant, \`npm run dev:browser\` lance la même application dans Chromium, sans Electron.`,
    ``,
    `Palabre: Electron ${version} could not be downloaded (this machine seems to be offline).`,
    `  To run the desktop app, either:`,
    `  - run \`npm start\` once on a machine with Internet access, then again here;`,
    `  - or unpack electron-v${version}-${platform}-${arch}.zip into a folder`,
    `    and name that folder in ELECTRON_OVERRIDE_DIST_PATH before \`npm start\`.`,
    `  Meanwhile, \`npm run dev:browser\` runs the same app in Chromium, without Electron.`,
    ...detailLines(detail),
  ],

  preparingAddon: (version) => [
    `Palabre : préparation de la base de données pour Electron ${version} (une seule fois, quelques minutes)…`,
    `Palabre: preparing the database engine for Electron ${version} (once only, a few minutes)…`,
  ],

  addonFailed: ({ version, detail }) => [
    `Palabre : le moteur de base de données (better-sqlite3) n’a pas pu être préparé pour Electron ${version}.`,
    `  Il faut Internet une fois (en-têtes d’Electron ou binaire précompilé) et un compilateur C++.`,
    `  Lancez \`npm start\` sur une machine connectée, ou indiquez un better_sqlite3.node construit pour`,
    `  Electron ${version} dans PALABRE_NATIVE_BINDING.`,
    `  En attendant, \`npm run dev:browser\` lance la même application dans Chromium, sans Electron.`,
    ``,
    `Palabre: the database engine (better-sqlite3) could not be prepared for Electron ${version}.`,
    `  This needs the Internet once (Electron headers or a prebuilt binary) and a C++ compiler.`,
    `  Run \`npm start\` on a connected machine, or name a better_sqlite3.node built for`,
    `  Electron ${version} in PALABRE_NATIVE_BINDING.`,
    `  Meanwhile, \`npm run dev:browser\` runs the same app in Chromium, without Electron.`,
    ...detailLines(detail),
  ],

  bindingOverrideMissing: (path) => [
    `Palabre : PALABRE_NATIVE_BINDING désigne un fichier absent : ${path}`,
    `Palabre: PALABRE_NATIVE_BINDING names a missing file: ${path}`,
  ],

  previewFailed: (detail) => [
    `Palabre : impossible de lancer electron-vite (${detail}).`,
    `Palabre: cannot run electron-vite (${detail}).`,
  ],
};

/** One line of the underlying reason, if there is one: useful to a helper, harmless to a user. */
function detailLines(detail) {
  return detail ? ['', `  (${detail})`] : [];
}
