/**
 * The packaging configuration locks the Electron binary down (fuses) and ships only the built app:
 * what is asserted here is what a packaged Palabre cannot be made to do.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../..');

interface BuilderConfig {
  asar?: boolean | { disableIntegrity?: boolean };
  files?: string[];
  publish?: unknown;
  electronFuses?: Record<string, boolean>;
  extraResources?: unknown;
}

const config = JSON.parse(readFileSync(resolve(REPO, 'electron-builder.json'), 'utf8')) as BuilderConfig;

describe('electron-builder configuration', () => {
  it('sets the fuses: no run-as-node, no NODE_OPTIONS, no inspect arguments, encrypted cookies, asar integrity, app only from asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs the app in an asar archive whose integrity can be checked', () => {
    // Integrity validation needs the hash electron-builder embeds; disabling it would make the fuse a no-op.
    expect(config.asar).toBe(true);
  });

  it('ships the built files only: no sources, tests, databases or source maps; publishes nowhere', () => {
    expect(config.files).toEqual(['out/**/*', 'package.json', '!**/*.map']);
    expect(config.extraResources).toBeUndefined();
    expect(config.publish).toBeNull();
  });

  it('points at the built main bundle that electron-builder packs', () => {
    const pkg = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toMatch(/^out\//);
  });
});
