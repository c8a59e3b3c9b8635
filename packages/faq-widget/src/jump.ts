const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls a question button to the top of the view and focuses it (a deep link, a hash
 * change). Items never shown have an estimated height (`content-visibility`): the list lays
 * them out for the jump, so that it lands where it aims; they keep the real height they had.
 */
export function jumpTo(list: Element | null, button: HTMLElement | null): void {
  list?.classList.add('jump');
  button?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  button?.focus({ preventScroll: true });
  requestAnimationFrame(() => list?.classList.remove('jump'));
}
