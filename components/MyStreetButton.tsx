/**
 * 设为我的街道: a button /js/my-street.js makes work (the home page then shows
 * this street's newest edition first). Its room is kept from the first paint
 * when the page has JavaScript; without it there is no button that does
 * nothing (app/globals.css).
 */
export function MyStreetButton({ streetId }: { streetId: string }) {
  // Under next dev React hydrates every page and would undo what the script sets.
  if (process.env.NODE_ENV === 'development') return null;
  return (
    <>
      <button type="button" data-my-street-toggle="" data-street={streetId} aria-pressed="false" className="my-street-toggle">
        设为我的街道
      </button>
      <script src="/js/my-street.js" defer />
    </>
  );
}
