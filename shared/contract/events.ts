/**
 * Events from the main process to the renderer. Payloads are plain data; the renderer never sees the
 * IPC event object.
 */
export const EVENTS = ['app:before-close', 'menu:command', 'task:progress'] as const;
export type AppEvent = (typeof EVENTS)[number];

export const MENU_COMMANDS = [
  'new-recommendation',
  'search',
  'locale-fr',
  'locale-en',
  'go-home',
  'backups',
  'import',
  'export-package',
  'export-report',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventPayloads {
  /** The window is closing: flush pending edits, then call `app:ready-to-close`. */
  'app:before-close': Record<string, never>;
  'menu:command': { command: MenuCommand };
  /** How far a long task (an import of many files, a large export) has got; see TaskProgress. */
  'task:progress': TaskProgress;
}

/** The long tasks that report their progress, and the phases each goes through (keys the renderer translates). */
export const TASK_PHASES = {
  import: ['checking', 'reading', 'merging', 'duplicates', 'done'],
  export: ['gather', 'build', 'pack', 'write', 'done'],
} as const;
export type TaskKind = keyof typeof TASK_PHASES;
export type TaskPhase<K extends TaskKind = TaskKind> = (typeof TASK_PHASES)[K][number];

/**
 * One step of a long task. `done` of `total` counts the task's units (files for an import,
 * recommendations for an export); `total` is 0 while it is not known yet.
 */
export type TaskProgress = {
  [K in TaskKind]: { task: K; phase: TaskPhase<K>; done: number; total: number };
}[TaskKind];
