// The APG accordion's optional keys: Up/Down move between question buttons (wrapping),
// Home/End jump to the first/last. Enter and Space need nothing: the questions are <button>s.

/**
 * Handles a keydown that reached the list of questions. `buttons` are the visible question
 * buttons in order. Returns the button that received focus, if the key was ours.
 */
export function moveQuestionFocus(
  event: KeyboardEvent,
  buttons: readonly HTMLElement[],
): HTMLElement | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const count = buttons.length;
  const index = buttons.indexOf(event.composedPath()[0] as HTMLElement);
  // Where each of our keys goes, before wrapping around (modulo count).
  const next = new Map([
    ['ArrowDown', index + 1],
    ['ArrowUp', index - 1 + count],
    ['Home', 0],
    ['End', count - 1],
  ]).get(event.key);
  const target = index === -1 || next === undefined ? undefined : buttons[next % count];
  if (!target) return undefined;
  event.preventDefault();
  target.focus();
  return target;
}
