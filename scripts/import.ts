/**
 * `npm run import -- <extracted.txt> --street <id or 中文名> --date <YYYY-MM-DD | YYYY-MM | YYYY>`:
 * turns text copied out of a printed edition into a draft edition file,
 * prints what it did and what it is unsure of, and checks the draft.
 * `--stdout` prints the draft instead of writing it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_FLAG, MAX_EDITION_BYTES, PLACEHOLDER, parseEdition } from '../lib/edition';
import { formatReport, importText, unaccounted } from '../lib/import';
import { formatIssue } from '../lib/report';
import { UsageError, catalogues, contentDir, editorArgs, newEditionPath, resolveDate, resolveStreet, run } from './editor-cli';

const USAGE = 'usage: npm run import -- <extracted.txt> --street <street id or Chinese name> --date <YYYY-MM-DD, or YYYY-MM / YYYY when the paper prints no day> [--stdout]';

/** The input as text, or a UsageError that says what the file is instead and what to do. */
export function readText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`cannot find "${file}". Give the path of the .txt file holding the text copied out of the printed edition`);
  }
  if (stat.isDirectory()) throw new UsageError(`"${file}" is a folder. Give the path of one .txt file`);
  if (stat.size === 0) throw new UsageError(`"${file}" is empty. Copy the edition's text out of the PDF into it first`);
  if (stat.size > MAX_EDITION_BYTES * 4) throw new UsageError(`"${file}" is ${(stat.size / 2 ** 20).toFixed(1)} MB, far more than one edition's text. Import one edition at a time`);
  const bytes = fs.readFileSync(file);
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('%PDF')) throw new UsageError(`"${file}" is a PDF, not text. Open it, select all the text, copy it into a plain-text file saved as UTF-8, and import that`);
  if (head.startsWith('PK') || head.startsWith('\xD0\xCF\x11\xE0')) throw new UsageError(`"${file}" is a Word or other office document, not text. Save it as plain text (UTF-8) and import that`);
  if (bytes.includes(0)) throw new UsageError(`"${file}" is not a text file (it holds binary data). Save the edition's text as a plain-text file in UTF-8 and import that`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`"${file}" is not UTF-8 text (perhaps GBK). Save it again as UTF-8 ("另存为… 编码 UTF-8") and import that`);
  }
}

run('import', () => {
  const args = editorArgs(USAGE, true);
  if (!args) return;
  const ctx = catalogues();
  const street = resolveStreet(ctx.gazetteer, args.street);
  const date = resolveDate(args.date, 'any');
  const file = args.files[0];
  const input = readText(file);
  const target = args.stdout ? undefined : newEditionPath(street, date);
  // The input is kept as the edition's provenance, under the edition's own name.
  const source = `${date}-${street.id}${path.extname(file).toLowerCase() || '.txt'}`;
  const sourceFile = path.join(contentDir(), 'sources', source);
  if (target && fs.existsSync(sourceFile) && !fs.readFileSync(sourceFile).equals(fs.readFileSync(file))) {
    throw new UsageError(`content/sources/${source} already exists and holds another text. Move it away (or delete it if it is left over from an earlier import), then import again`);
  }

  const result = importText(input, { streetId: street.id, date, source, ...ctx });
  const lost = unaccounted(input, result);
  // A safety net for the importer itself: it promises to keep every character.
  if (lost.length) throw new Error(`import lost ${lost.length} characters of the input (${lost.slice(0, 20).join('')}…): this is a bug, please report it with the file`);

  const draftName = target?.rel ?? '(stdout)';
  if (target) {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    fs.writeFileSync(target.file, result.markdown, { flag: 'wx' });
    fs.mkdirSync(path.dirname(sourceFile), { recursive: true });
    fs.copyFileSync(file, sourceFile);
  } else process.stdout.write(result.markdown);
  const log = args.stdout ? console.error : console.log;
  log(formatReport(result, draftName));
  const check = parseEdition(result.markdown, draftName, ctx);
  const errors = check.issues.filter((i) => i.severity === 'error');
  const draftLines = result.markdown.split('\n');
  const flagged = (line: number) => draftLines[line - 1]?.startsWith(IMPORT_FLAG) || draftLines[line - 1]?.includes(PLACEHOLDER);
  const unflagged = errors.filter((i) => !flagged(i.line));
  log('');
  if (!errors.length) log(`npm run check: the draft passes. Read it against the printed page, then preview it with npm run dev.`);
  else {
    log(`npm run check: ${errors.length} problem(s) in the draft, ${errors.length - unflagged.length} of them the flagged guesses and ${PLACEHOLDER}…】 places above.`);
    for (const i of unflagged) log(`  ${formatIssue(i)}`);
    log('Review each flagged line against the printed page, then delete the flag; npm run check passes when none is left.');
  }
});
