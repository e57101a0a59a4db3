/** Problems found in content, in the one shape the checker prints. */
import type { ContentIssue } from './schema';

export function contentError(path: string, line: number, field: string, message: string, expected?: string): ContentIssue {
  return { path, line, field, message, expected, severity: 'error' };
}

export function contentWarning(path: string, line: number, field: string, message: string, expected?: string): ContentIssue {
  return { path, line, field, message, expected, severity: 'warning' };
}

/** `content/editions/x.md:7 date: "2020-13-45" is not a date (expected YYYY-MM-DD)` */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line > 0 ? `${issue.path}:${issue.line}` : issue.path;
  const tail = issue.expected ? ` (${issue.expected})` : '';
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${where} ${prefix}${issue.field}: ${issue.message}${tail}`;
}

export function hasErrors(issues: readonly ContentIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Closest candidate by edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 2)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
