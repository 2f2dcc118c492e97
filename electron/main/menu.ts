/**
 * The application menu: builds menuTemplate.ts's description into an Electron menu and carries out
 * its actions. Commands go to the renderer as `menu:command` events; a language change is saved
 * through the dispatcher like any other setting, then the menu is rebuilt in that language.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/events';
import type { Locale } from '../../shared/domain/types';
import type { Dispatch } from './handlers';
import { menuTemplate, type MenuAction, type MenuEntry } from './menuTemplate';

export interface AppMenuOptions {
  locale: Locale;
  isPackaged: boolean;
  dispatch: Dispatch;
  /** Delivers a `menu:command` event to the renderer. */
  sendCommand(command: MenuCommand): void;
  showAbout(locale: Locale): void;
  /** Told once the new language is saved, so the rest of the main process speaks it too. */
  onLocaleChanged?(locale: Locale): void;
}

export interface AppMenu {
  /** Rebuilds the menu in `locale` (after the renderer changed the language itself). */
  setLocale(locale: Locale): void;
  readonly locale: Locale;
}

export function installAppMenu(options: AppMenuOptions): AppMenu {
  let locale = options.locale;

  const build = () => {
    const template = menuTemplate({ locale, isPackaged: options.isPackaged }).map(
      (top): MenuItemConstructorOptions => ({ label: top.label, submenu: top.items.map(toElectron) }),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const toElectron = (entry: MenuEntry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return { role: entry.role, label: entry.label };
      case 'submenu':
        return { label: entry.label, submenu: entry.items.map(toElectron) };
      case 'radio':
        return { type: 'radio', label: entry.label, checked: entry.checked, click: () => void run(entry.action) };
      case 'action':
        return {
          label: entry.label,
          ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
          click: () => void run(entry.action),
        };
    }
  };

  const run = async (action: MenuAction): Promise<void> => {
    switch (action.type) {
      case 'command':
        options.sendCommand(action.command);
        return;
      case 'about':
        options.showAbout(locale);
        return;
      case 'locale': {
        const result = await options.dispatch('settings:setLocale', { locale: action.locale });
        // Not saved: keep the menu as it was (its radio item snaps back on the rebuild).
        const saved = result.ok ? action.locale : locale;
        apply(saved);
        if (result.ok) options.sendCommand(saved === 'fr' ? 'locale-fr' : 'locale-en');
        return;
      }
    }
  };

  const apply = (next: Locale) => {
    const changed = next !== locale;
    locale = next;
    build();
    if (changed) options.onLocaleChanged?.(next);
  };

  build();
  return {
    setLocale: apply,
    get locale() {
      return locale;
    },
  };
}
