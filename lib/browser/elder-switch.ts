/**
 * The 长辈模式 switch. The button is in the page, kept invisible (its room
 * reserved, app/globals.css); this script marks it ready, which shows it, so
 * without JavaScript there is no switch that does nothing. The choice is
 * stored in localStorage and applied before paint by the inline boot script.
 */
import { ELDER_ATTRIBUTE, ELDER_STORAGE_KEY } from './elder';

const root = document.documentElement;

function set(on: boolean, button: HTMLElement): void {
  if (on) root.setAttribute(ELDER_ATTRIBUTE, '');
  else root.removeAttribute(ELDER_ATTRIBUTE);
  button.setAttribute('aria-pressed', String(on));
  try {
    if (on) localStorage.setItem(ELDER_STORAGE_KEY, '1');
    else localStorage.removeItem(ELDER_STORAGE_KEY);
  } catch {
    // Storage can be blocked; the mode still applies to this page.
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-elder-toggle]')) {
  button.dataset.ready = '';
  button.setAttribute('aria-pressed', String(root.hasAttribute(ELDER_ATTRIBUTE)));
  button.addEventListener('click', () => set(!root.hasAttribute(ELDER_ATTRIBUTE), button));
}
