/**
 * 我的街道 (/js/my-street.js): a resident mostly reads one street. On a street
 * page the reader can make it theirs; the home page then shows that street's
 * newest edition first, taken from the page's own list of every street's
 * newest edition. Kept in localStorage: no cookie, nothing sent anywhere.
 * Without JavaScript, or without a choice, the pages are as they are.
 */
import { STREET_ATTRIBUTE, STREET_STORAGE_KEY } from './elder';

const root = document.documentElement;

function chosen(): string | null {
  try {
    return localStorage.getItem(STREET_STORAGE_KEY);
  } catch {
    return null;
  }
}

function choose(id: string | null): void {
  try {
    if (id) localStorage.setItem(STREET_STORAGE_KEY, id);
    else localStorage.removeItem(STREET_STORAGE_KEY);
  } catch {
    // Storage can be blocked: the choice lasts for this page only.
  }
  if (id) root.setAttribute(STREET_ATTRIBUTE, '');
  else root.removeAttribute(STREET_ATTRIBUTE);
}

// A street page: the button that makes it (or stops it being) the reader's street.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-my-street-toggle]')) {
  const id = button.dataset.street ?? '';
  const label = button.textContent ?? '';
  const show = () => {
    const mine = chosen() === id;
    button.setAttribute('aria-pressed', String(mine));
    button.textContent = mine ? '已设为我的街道' : label;
  };
  button.addEventListener('click', () => {
    choose(chosen() === id ? null : id);
    show();
  });
  show();
  button.dataset.ready = '';
}

// The home page: the reader's street first, from the list of every street's newest edition.
const slot = document.querySelector<HTMLElement>('[data-my-street-slot]');
const id = chosen();
const line = id ? document.querySelector(`li[data-street="${CSS.escape(id)}"]`) : null;
if (slot && id && !line) choose(null);
if (slot && line) {
  const [street, edition] = line.querySelectorAll('a');
  const heading = document.createElement('h2');
  heading.id = 'my-street';
  heading.className = 'font-serif text-headline font-bold';
  heading.textContent = `我的街道：${street?.textContent ?? ''}`;
  const latest = document.createElement('p');
  latest.className = 'mt-2';
  if (edition) latest.append('最新一期：', edition.cloneNode(true));
  const more = document.createElement('p');
  more.className = 'mt-2';
  if (street) {
    const all = street.cloneNode(false) as HTMLAnchorElement;
    all.textContent = '本街道的全部报道';
    more.append(all);
  }
  slot.replaceChildren(heading, latest, more);
}
