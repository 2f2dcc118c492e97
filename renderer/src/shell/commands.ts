/**
 * Menu commands that belong to a screen (search, new recommendation, import and exports). The shell
 * receives every `menu:command` event; the screen on display handles them. A command given on a screen that
 * cannot run it (the editor) is carried to the meeting screen, which runs it once loaded.
 */
import type { ChosenFile } from '../../../shared/contract/fileKinds';

export type ScreenCommand =
  | { command: 'search' }
  | { command: 'new-recommendation'; committeeId?: string }
  // The file commands: importing works from any screen that registers for it (home too: a meeting
  // package sets its meeting up); the exports need the meeting screen.
  // `files`: already chosen (dropped on the window); without them, the open dialog asks.
  | { command: 'import'; files?: ChosenFile[] }
  | { command: 'export-package' }
  | { command: 'export-report' };

type Handler = (command: ScreenCommand) => boolean;

const handlers = new Set<Handler>();
let pending: ScreenCommand | null = null;

/** Registers the current screen's handler; returns the unsubscribe function. */
export function handleScreenCommands(handler: Handler): () => void {
  handlers.add(handler);
  return () => {
    handlers.delete(handler);
  };
}

/** True when a screen took the command. */
export function dispatchScreenCommand(command: ScreenCommand): boolean {
  for (const handler of [...handlers].reverse()) if (handler(command)) return true;
  return false;
}

export function setPendingCommand(command: ScreenCommand): void {
  pending = command;
}

/** Reads the pending command without consuming it (for initial state; takePendingCommand clears it). */
export function peekPendingCommand(): ScreenCommand | null {
  return pending;
}

export function takePendingCommand(): ScreenCommand | null {
  const command = pending;
  pending = null;
  return command;
}
