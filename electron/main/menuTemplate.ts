/**
 * The application menu as plain data, in French or English. menu.ts turns it into an Electron menu;
 * keeping the words and the structure here lets a test check both languages without Electron.
 */
import type { MenuCommand } from '../../shared/contract/events';
import type { Locale } from '../../shared/domain/types';

/** Electron's built-in roles we use: the platform does the work (and the right thing per OS). */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'quit'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools';

/** What a menu item does beyond a role: a command for the renderer, a language, or the about box. */
export type MenuAction = { type: 'command'; command: MenuCommand } | { type: 'locale'; locale: Locale } | { type: 'about' };

export type MenuEntry =
  | { kind: 'action'; label: string; action: MenuAction; accelerator?: string }
  | { kind: 'radio'; label: string; action: MenuAction; checked: boolean }
  | { kind: 'role'; label: string; role: MenuRole }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; items: MenuEntry[] };

export interface TopMenu {
  label: string;
  items: MenuEntry[];
}

const LABELS = {
  file: { fr: '&Fichier', en: '&File' },
  newRecommendation: { fr: 'Nouvelle recommandation', en: 'New recommendation' },
  search: { fr: 'Rechercher', en: 'Search' },
  backups: { fr: 'Sauvegardes…', en: 'Backups…' },
  importFiles: { fr: 'Importer des contributions…', en: 'Import contributions…' },
  exportPackage: { fr: 'Exporter un paquet…', en: 'Export a package…' },
  exportReport: { fr: 'Exporter le rapport Word…', en: 'Export the Word report…' },
  quit: { fr: 'Quitter', en: 'Quit' },
  edit: { fr: 'É&dition', en: '&Edit' },
  undo: { fr: 'Annuler', en: 'Undo' },
  redo: { fr: 'Rétablir', en: 'Redo' },
  cut: { fr: 'Couper', en: 'Cut' },
  copy: { fr: 'Copier', en: 'Copy' },
  paste: { fr: 'Coller', en: 'Paste' },
  selectAll: { fr: 'Tout sélectionner', en: 'Select all' },
  view: { fr: '&Affichage', en: '&View' },
  language: { fr: 'Langue', en: 'Language' },
  // Each language is named in itself, so a user lost in the other language still finds theirs.
  french: { fr: 'Français', en: 'Français' },
  english: { fr: 'English', en: 'English' },
  resetZoom: { fr: 'Taille réelle', en: 'Actual size' },
  zoomIn: { fr: 'Zoom avant', en: 'Zoom in' },
  zoomOut: { fr: 'Zoom arrière', en: 'Zoom out' },
  fullscreen: { fr: 'Plein écran', en: 'Full screen' },
  devTools: { fr: 'Outils de développement', en: 'Developer tools' },
  help: { fr: 'Aid&e', en: '&Help' },
  about: { fr: 'À propos de Palabre', en: 'About Palabre' },
} as const satisfies Record<string, Record<Locale, string>>;

export interface MenuTemplateOptions {
  locale: Locale;
  /** Developer tools are offered only outside a packaged build. */
  isPackaged: boolean;
}

export function menuTemplate({ locale, isPackaged }: MenuTemplateOptions): TopMenu[] {
  const t = (key: keyof typeof LABELS) => LABELS[key][locale];
  const role = (r: MenuRole, key: keyof typeof LABELS): MenuEntry => ({ kind: 'role', role: r, label: t(key) });
  const command = (c: MenuCommand, key: keyof typeof LABELS, accelerator?: string): MenuEntry => ({
    kind: 'action',
    label: t(key),
    action: { type: 'command', command: c },
    ...(accelerator ? { accelerator } : {}),
  });
  const language = (l: Locale, key: keyof typeof LABELS): MenuEntry => ({
    kind: 'radio',
    label: t(key),
    action: { type: 'locale', locale: l },
    checked: locale === l,
  });

  return [
    {
      label: t('file'),
      items: [
        command('new-recommendation', 'newRecommendation', 'CmdOrCtrl+N'),
        command('search', 'search', 'CmdOrCtrl+F'),
        { kind: 'separator' },
        command('import', 'importFiles', 'CmdOrCtrl+I'),
        command('export-package', 'exportPackage'),
        command('export-report', 'exportReport', 'CmdOrCtrl+E'),
        { kind: 'separator' },
        command('backups', 'backups'),
        { kind: 'separator' },
        role('quit', 'quit'),
      ],
    },
    {
      label: t('edit'),
      items: [
        role('undo', 'undo'),
        role('redo', 'redo'),
        { kind: 'separator' },
        role('cut', 'cut'),
        role('copy', 'copy'),
        role('paste', 'paste'),
        { kind: 'separator' },
        role('selectAll', 'selectAll'),
      ],
    },
    {
      label: t('view'),
      items: [
        { kind: 'submenu', label: t('language'), items: [language('fr', 'french'), language('en', 'english')] },
        { kind: 'separator' },
        role('resetZoom', 'resetZoom'),
        role('zoomIn', 'zoomIn'),
        role('zoomOut', 'zoomOut'),
        { kind: 'separator' },
        role('togglefullscreen', 'fullscreen'),
        ...(isPackaged ? [] : [role('toggleDevTools', 'devTools')]),
      ],
    },
    {
      label: t('help'),
      items: [{ kind: 'action', label: t('about'), action: { type: 'about' } }],
    },
  ];
}
