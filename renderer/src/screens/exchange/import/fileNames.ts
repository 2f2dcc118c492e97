/** File names in the import and the package export: which dropped files are taken, what a saved package is called. */
import { OPEN_EXTENSIONS } from '../../../../../shared/contract/fileKinds';

/** A package or a Word document, by its extension (the main process checks the content again). */
export function isImportable(name: string): boolean {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return name.includes('.') && OPEN_EXTENSIONS.import.includes(extension);
}

/** The meeting's title cut short, the kind and today's date, without the characters file systems refuse. */
export function suggestedPackageName(title: string, kindWord: string, today: Date = new Date()): string {
  const clean = title.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  // Cut between words: « …la paix et la », not « …la paix et la sé ».
  const space = clean.slice(0, 41).lastIndexOf(' ');
  const cut = clean.length <= 40 ? clean : space > 0 ? clean.slice(0, space) : clean.slice(0, 40);
  const short = cut.trim() || 'Palabre';
  // The day on this computer's calendar, not UTC's.
  const date = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `${short} - ${kindWord} - ${date}.palabre`;
}
