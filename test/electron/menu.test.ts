import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../electron/main/handlers';
import { installAppMenu } from '../../electron/main/menu';
import { menuTemplate, type MenuEntry, type TopMenu } from '../../electron/main/menuTemplate';
import { Menu, menuItems, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

/** What each item does, independent of its words. */
function behaviour(menus: TopMenu[]): unknown[] {
  const walk = (entry: MenuEntry): unknown[] => {
    switch (entry.kind) {
      case 'submenu':
        return entry.items.flatMap(walk);
      case 'action':
        return [{ action: entry.action, accelerator: entry.accelerator }];
      case 'radio':
        return [{ action: entry.action }];
      case 'role':
        return [{ role: entry.role }];
      case 'separator':
        return ['separator'];
    }
  };
  return menus.flatMap((menu) => menu.items.flatMap(walk));
}

function labels(menus: TopMenu[]): string[] {
  const walk = (entry: MenuEntry): string[] =>
    entry.kind === 'separator' ? [] : entry.kind === 'submenu' ? [entry.label, ...entry.items.flatMap(walk)] : [entry.label];
  return menus.flatMap((menu) => [menu.label, ...menu.items.flatMap(walk)]).map((label) => label.replace('&', ''));
}

beforeEach(() => resetFakeElectron());

describe('menu template', () => {
  it('speaks French by default words and English on request, doing the same things', () => {
    const fr = menuTemplate({ locale: 'fr', isPackaged: true });
    const en = menuTemplate({ locale: 'en', isPackaged: true });
    expect(labels(fr).slice(0, 9)).toEqual([
      'Fichier',
      'Nouvelle recommandation',
      'Rechercher',
      'Importer des contributions…',
      'Exporter un paquet…',
      'Exporter le rapport Word…',
      'Sauvegardes…',
      'Quitter',
      'Édition',
    ]);
    expect(labels(en).slice(0, 9)).toEqual([
      'File',
      'New recommendation',
      'Search',
      'Import contributions…',
      'Export a package…',
      'Export the Word report…',
      'Backups…',
      'Quit',
      'Edit',
    ]);
    expect(fr.map((menu) => menu.label.replace('&', ''))).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(en.map((menu) => menu.label.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(behaviour(fr)).toEqual(behaviour(en));
    // Every label is translated, except the names of the languages themselves.
    const differing = labels(fr).filter((label, i) => label !== labels(en)[i]);
    expect(labels(fr).length - differing.length).toBe(2);
    expect(labels(fr)).toContain('À propos de Palabre');
  });

  it('has the shortcuts and standard editing roles people expect', () => {
    const actions = behaviour(menuTemplate({ locale: 'fr', isPackaged: true }));
    expect(actions).toContainEqual({ action: { type: 'command', command: 'new-recommendation' }, accelerator: 'CmdOrCtrl+N' });
    expect(actions).toContainEqual({ action: { type: 'command', command: 'search' }, accelerator: 'CmdOrCtrl+F' });
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'zoomOut', 'resetZoom']) {
      expect(actions).toContainEqual({ role });
    }
  });

  it('offers developer tools only outside a packaged build', () => {
    expect(behaviour(menuTemplate({ locale: 'fr', isPackaged: true }))).not.toContainEqual({ role: 'toggleDevTools' });
    expect(behaviour(menuTemplate({ locale: 'fr', isPackaged: false }))).toContainEqual({ role: 'toggleDevTools' });
  });
});

describe('application menu', () => {
  function install(dispatchResult: { ok: boolean } = { ok: true }) {
    const dispatch = vi.fn<Dispatch>(async () =>
      dispatchResult.ok ? { ok: true, value: {} } : { ok: false, error: { code: 'internal', message: { fr: 'x', en: 'x' } } },
    );
    const sendCommand = vi.fn();
    const showAbout = vi.fn();
    const onLocaleChanged = vi.fn();
    const menu = installAppMenu({ locale: 'fr', isPackaged: false, dispatch, sendCommand, showAbout, onLocaleChanged });
    const item = (label: string) => {
      const found = menuItems(Menu.current).find((candidate) => candidate.label?.replace('&', '') === label);
      if (!found) throw new Error(`no menu item ${label}`);
      return found;
    };
    return { menu, dispatch, sendCommand, showAbout, onLocaleChanged, item };
  }

  it('sends menu commands to the renderer', () => {
    const { item, sendCommand } = install();
    item('Nouvelle recommandation').click?.();
    item('Rechercher').click?.();
    item('Sauvegardes…').click?.();
    expect(sendCommand.mock.calls).toEqual([['new-recommendation'], ['search'], ['backups']]);
    expect(item('Nouvelle recommandation').accelerator).toBe('CmdOrCtrl+N');
  });

  it('switches to English: saves the choice, rebuilds the menu in English, tells the renderer', async () => {
    const { item, dispatch, sendCommand, onLocaleChanged, menu } = install();
    expect(item('Français').checked).toBe(true);
    item('English').click?.();
    await vi.waitFor(() => expect(sendCommand).toHaveBeenCalled());
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('settings:setLocale', { locale: 'en' });
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith('locale-en');
    expect(item('File').label).toBe('&File');
    expect(item('English').checked).toBe(true);
    expect(onLocaleChanged).toHaveBeenCalledExactlyOnceWith('en');
    expect(menu.locale).toBe('en');
  });

  it('stays in French when the choice cannot be saved', async () => {
    const { item, dispatch, sendCommand } = install({ ok: false });
    expect(Menu.installs).toBe(1);
    item('English').click?.();
    // The menu is rebuilt once the save has answered (its radio item snaps back to Français).
    await vi.waitFor(() => expect(Menu.installs).toBe(2));
    expect(dispatch).toHaveBeenCalledOnce();
    expect(item('Fichier')).toBeDefined();
    expect(item('Français').checked).toBe(true);
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('follows a language change made in the renderer', () => {
    const { menu, item, dispatch } = install();
    menu.setLocale('en');
    expect(item('Help').label).toBe('&Help');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('opens the about box in the current language', () => {
    const { item, showAbout } = install();
    item('À propos de Palabre').click?.();
    expect(showAbout).toHaveBeenCalledExactlyOnceWith('fr');
  });
});
