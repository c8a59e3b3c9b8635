// The APG accordion's optional keys: Up/Down move between question buttons (wrapping),
// Home/End jump to the first/last. Enter and Space need nothing: the questions are <button>s.

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * Handles a keydown that reached the list of questions. `buttons` are the visible question
 * buttons in order. Returns the button that received focus, if the key was ours.
 */
export function moveQuestionFocus(
  event: KeyboardEvent,
  buttons: readonly HTMLElement[],
): HTMLElement | undefined {
  if (!KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const current = event.composedPath()[0];
  const index = buttons.indexOf(current as HTMLElement);
  if (index === -1 || !buttons.length) return undefined;
  const last = buttons.length - 1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowDown'
          ? (index + 1) % buttons.length
          : (index - 1 + buttons.length) % buttons.length;
  const target = buttons[next];
  if (!target) return undefined;
  event.preventDefault();
  target.focus();
  return target;
}
