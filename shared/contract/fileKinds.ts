/**
 * What the file dialogs are for and which files they accept, apart from the channels' schemas
 * (fileChannels.ts): the renderer reads these without loading the validation library.
 */
/** What a file is chosen for: it decides the dialog's title, its filters and how many files. */
export const OPEN_PURPOSES = ['import', 'logo'] as const;
export const SAVE_PURPOSES = ['package', 'report'] as const;
export type OpenPurpose = (typeof OPEN_PURPOSES)[number];
export type SavePurpose = (typeof SAVE_PURPOSES)[number];

/** The extensions each purpose accepts, lower case, without the dot. */
export const OPEN_EXTENSIONS: Record<OpenPurpose, readonly string[]> = {
  import: ['palabre', 'docx'],
  logo: ['png', 'jpg', 'jpeg'],
};
export const SAVE_EXTENSIONS: Record<SavePurpose, string> = { package: 'palabre', report: 'docx' };

/** The largest dropped file staged (a package's own cap; the reader checks its kind's cap again). */
export const STAGE_MAX_BYTES = 64 * 1024 * 1024;

export interface ChosenFile {
  token: string;
  /** The file's name without its folder, for display. */
  name: string;
  size: number;
}
