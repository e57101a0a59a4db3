/**
 * 朗读 controls. Hidden until /js/read-aloud.js finds speech synthesis in the
 * browser; it reads the title and body in order.
 */
export function ReadAloud() {
  return (
    <>
      <div data-read-aloud="" data-pagefind-ignore="all" hidden role="group" aria-label="朗读" className="no-print mt-4 flex flex-wrap items-center gap-2">
        <button type="button" data-action="play" className="read-aloud-button">
          朗读全文
        </button>
        <button type="button" data-action="pause" disabled className="read-aloud-button">
          暂停
        </button>
        <button type="button" data-action="stop" disabled className="read-aloud-button">
          停止
        </button>
        <p data-status="" aria-live="polite" className="w-full text-sm text-muted" />
      </div>
      <script src="/js/read-aloud.js" defer />
    </>
  );
}
