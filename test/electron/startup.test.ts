import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath as launcherBindingPath } from '../../electron/launcher/nativeAddon.mjs';
import { nativeBindingPath, resolveNativeBinding } from '../../electron/main/nativeBinding';
import { builtFiles, databasePath, startupErrorText, systemLocale } from '../../electron/main/startup';
import { PalabreError } from '../../shared/errors';

describe('database location', () => {
  it('is palabre.sqlite in the profile folder', () => {
    expect(databasePath('/home/aminata/.config/Palabre', {})).toBe(join('/home/aminata/.config/Palabre', 'palabre.sqlite'));
  });

  it('can be moved with PALABRE_DB (absolute, or relative to where Palabre started)', () => {
    expect(databasePath('/profile', { PALABRE_DB: '/data/bamako.sqlite' })).toBe('/data/bamako.sqlite');
    expect(databasePath('/profile', { PALABRE_DB: 'essai.sqlite' })).toBe(resolve('essai.sqlite'));
    expect(databasePath('/profile', { PALABRE_DB: '  ' })).toBe(join('/profile', 'palabre.sqlite'));
  });
});

describe('language before the database is open', () => {
  it('is English only for an English-speaking system, French otherwise', () => {
    expect(systemLocale(['en-GB', 'fr-FR'])).toBe('en');
    expect(systemLocale(['en'])).toBe('en');
    expect(systemLocale(['fr-ML'])).toBe('fr');
    expect(systemLocale(['de-DE', 'en-US'])).toBe('fr');
    expect(systemLocale([])).toBe('fr');
  });
});

describe('the message when the database cannot open', () => {
  it('says why in the user’s language, names the file, and shows no stack trace', () => {
    const error = new PalabreError('db_newer', '9');
    const fr = startupErrorText(error, 'fr', '/profile/palabre.sqlite');
    expect(fr.title).toBe('Palabre ne peut pas démarrer');
    expect(fr.message).toContain('version plus récente de Palabre (schéma 9)');
    expect(fr.message).toContain('/profile/palabre.sqlite');
    const en = startupErrorText(error, 'en', '/profile/palabre.sqlite');
    expect(en.title).toBe('Palabre cannot start');
    expect(en.message).toContain('newer version of Palabre (schema 9)');
    for (const text of [fr.message, en.message]) expect(text).not.toMatch(/^\s+at /m);
  });

  it('keeps only the first line of an unexpected error', () => {
    const error = new Error('boom\n    at somewhere (file.js:1:1)');
    expect(startupErrorText(error, 'en', '/x').message).not.toContain('somewhere');
  });
});

describe('built files', () => {
  it('are the preload and the renderer beside the main bundle', () => {
    expect(builtFiles(join('/app', 'out', 'main'))).toEqual({
      preload: join('/app', 'out', 'preload', 'index.cjs'),
      indexHtml: join('/app', 'out', 'renderer', 'index.html'),
    });
  });
});

describe('better-sqlite3 for Electron', () => {
  const query = { appRoot: '/app', electronVersion: '45.4.1', platform: 'linux', arch: 'x64' };
  const prepared = nativeBindingPath('/app', '45.4.1', 'linux', 'x64');

  it('is found where `npm start` prepares it', () => {
    expect(prepared).toBe(join('/app', '.native', 'electron-45.4.1-linux-x64', 'better_sqlite3.node'));
    expect(launcherBindingPath('/app', '45.4.1', 'linux', 'x64')).toBe(prepared);
    expect(resolveNativeBinding({ ...query, env: {}, exists: (path) => path === prepared })).toBe(prepared);
  });

  it('can be named by PALABRE_NATIVE_BINDING, when that file exists', () => {
    const env = { PALABRE_NATIVE_BINDING: '/builds/better_sqlite3.node' };
    expect(resolveNativeBinding({ ...query, env, exists: () => true })).toBe('/builds/better_sqlite3.node');
    expect(resolveNativeBinding({ ...query, env, exists: (path) => path === prepared })).toBe(prepared);
  });

  it('is left to better-sqlite3 when nothing was prepared', () => {
    expect(resolveNativeBinding({ ...query, env: {}, exists: () => false })).toBeUndefined();
  });
});
