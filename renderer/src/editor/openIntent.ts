/**
 * A recommendation just created opens with the caret in its text, ready to type; one opened from a
 * list opens with focus on its heading, so a screen reader announces where the user arrived.
 */
let focusText = false;

export function requestTextFocusOnOpen(): void {
  focusText = true;
}

export function takeTextFocusOnOpen(): boolean {
  const value = focusText;
  focusText = false;
  return value;
}
