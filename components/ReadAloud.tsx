/**
 * 朗读: an empty group that /js/read-aloud.js fills with its buttons when the
 * browser can speak. Without JavaScript or speech synthesis there is nothing
 * to show, so the page carries no controls (on every article page, that
 * matters: see the size budget in the README).
 */
export function ReadAloud() {
  // Under next dev React hydrates every page and would undo the buttons the script adds;
  // the editors' preview does without them. Built pages carry no React runtime.
  if (process.env.NODE_ENV === 'development') return null;
  return (
    <>
      <div data-read-aloud="" role="group" aria-label="朗读" className="read-aloud no-print" />
      <script src="/js/read-aloud.js" defer />
    </>
  );
}
