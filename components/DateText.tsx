import { formatChineseDate } from '@/lib/content';

/** A calendar date as printed; marked when the paper did not print it and it was inferred. */
export function DateText({ date, inferred }: { date: string; inferred?: boolean }) {
  return (
    <>
      <time dateTime={date}>{formatChineseDate(date)}</time>
      {inferred && <span className="text-muted">（推定）</span>}
    </>
  );
}
