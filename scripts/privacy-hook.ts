/**
 * The pre-commit hook's check (.githooks/pre-commit): every photo and PDF
 * staged under content/ is read as it is staged (not as it is on disk) and
 * refused if it carries a location or a camera's serial number, with the one
 * command that cleans it. Nothing is changed.
 */
import { execFileSync } from 'node:child_process';
import { describe, refused, scanFile } from '../lib/privacy';

const staged = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z', '--', 'content/'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && /\.(jpe?g|png|webp|avif|gif|tiff?|pdf)$/i.test(f));
const problems: string[] = [];
for (const file of staged) {
  const bytes = new Uint8Array(execFileSync('git', ['show', `:${file}`], { maxBuffer: 512 * 2 ** 20 }));
  const located = refused(await scanFile(bytes));
  if (located.length) problems.push(`${file}: carries ${describe(located)}\n  clean it, then stage it again: npm run scrub -- ${file} && git add ${file}`);
}
if (problems.length) {
  console.error(`Not committed: ${problems.length === 1 ? 'a file' : `${problems.length} files`} would put a place or a camera's serial number into the history for good.\n${problems.join('\n')}`);
  process.exit(1);
}
