/**
 * What `npm run publish` says and decides, apart from doing it: the name of a
 * release, which old releases go, and how the check's findings are shown on
 * a CI job (GitHub's annotations and job summary), so an editor who pushed a
 * mistake sees the file, line and field on the job's page.
 */
import { type ContentIssue, formatIssue } from '../content';

/** Sortable by time, and traceable to the commit it was built from: 20261201T203000Z-92c09a8. */
export function releaseName(when: Date, commit: string | undefined): string {
  const stamp = when.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const short = (commit ?? '').replace(/[^0-9a-f]/gi, '').slice(0, 7);
  return short ? `${stamp}-${short}` : stamp;
}

const RELEASE = /^\d{8}T\d{6}Z(-[0-9a-f]+)?$/i;

/**
 * The releases to delete: all but the newest `keep`, never the one being
 * served (a rollback may have pointed `current` at an older one), never a
 * folder that is not a release.
 */
export function releasesToPrune(names: readonly string[], keep: number, current: string | undefined): string[] {
  const releases = names.filter((n) => RELEASE.test(n)).sort().reverse();
  return releases.slice(Math.max(0, keep)).filter((n) => n !== current);
}

/** GitHub's workflow-command escaping: data and property values differ. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error file=…,line=…::` line per finding: GitHub marks the line in the commit's diff. */
export function annotations(issues: readonly ContentIssue[]): string[] {
  return issues.map((i) => {
    const props = [`file=${escapeProperty(i.path)}`, ...(i.line > 0 ? [`line=${i.line}`] : []), `title=${escapeProperty(i.field)}`].join(',');
    const text = i.expected ? `${i.message} (${i.expected})` : i.message;
    return `::${i.severity === 'warning' ? 'warning' : 'error'} ${props}::${escapeData(text)}`;
  });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The job summary when the check stops a publish: what to fix, where, and that the live site is as it was. */
export function refusedSummary(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const rows = errors.map((i) => `| \`${cell(i.line > 0 ? `${i.path}:${i.line}` : i.path)}\` | ${cell(i.field)} | ${cell(i.message)} | ${cell(i.expected ?? '')} |`);
  return [
    '## 社区晨报: nothing was published',
    '',
    `The check found ${errors.length} error${errors.length === 1 ? '' : 's'}. The live site is as it was. Fix ${errors.length === 1 ? 'this line' : 'these lines'}, commit and push again (\`npm run check\` shows the same on your machine).`,
    '',
    '| where | field | what is wrong | what would be right |',
    '|---|---|---|---|',
    ...rows,
    '',
    '<details><summary>As the check printed it</summary>',
    '',
    '```',
    ...issues.map(formatIssue),
    '```',
    '</details>',
    '',
  ].join('\n');
}

export interface PublishedFigures {
  release: string;
  editions: number;
  articles: number;
  steps: { name: string; seconds: number }[];
  target?: string;
}

/** The job summary when a publish went through. */
export function publishedSummary(f: PublishedFigures): string {
  const total = f.steps.reduce((s, x) => s + x.seconds, 0);
  return [
    `## 社区晨报: published ${f.release}`,
    '',
    `${f.editions} editions, ${f.articles} articles${f.target ? `, live from \`${f.target}\`` : ''}.`,
    '',
    '| step | seconds |',
    '|---|---|',
    ...f.steps.map((s) => `| ${s.name} | ${s.seconds.toFixed(1)} |`),
    `| total | ${total.toFixed(1)} |`,
    '',
  ].join('\n');
}
