/**
 * `npm run import -- <edition.pdf | extracted.txt> --street <id or 中文名> --date <YYYY-MM-DD | YYYY-MM | YYYY>`:
 * turns a printed edition's PDF (its photos included) or the text copied out
 * of it into a draft edition file, prints what it did and what it is unsure
 * of, and checks the draft. `--stdout` prints the draft instead of writing it.
 * Nothing is written when the input is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_FLAG, MAX_EDITION_BYTES, PLACEHOLDER, parseEdition, formatIssue } from '../lib/content';
import type { ExtractedPhoto, ImportOptions, ImportResult, PageImage } from '../lib/import';
import { UsageError, catalogues, contentDir, editorArgs, newEditionPath, resolveDate, resolveStreet, run } from './editor-cli';

const USAGE = 'usage: npm run import -- <edition.pdf or extracted.txt> --street <street id or Chinese name> --date <YYYY-MM-DD, or YYYY-MM / YYYY when the paper prints no day> [--stdout]';

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
  if (head.startsWith('%PDF')) throw new UsageError(`"${file}" is a PDF, though its name does not end in .pdf. Rename it to end in .pdf and import it again`);
  if (head.startsWith('PK') || head.startsWith('\xD0\xCF\x11\xE0')) throw new UsageError(`"${file}" is a Word or other office document, not text. Save it as plain text (UTF-8) and import that`);
  if (bytes.includes(0)) throw new UsageError(`"${file}" is not a text file (it holds binary data). Save the edition's text as a plain-text file in UTF-8 and import that`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`"${file}" is not UTF-8 text (perhaps GBK). Save it again as UTF-8 ("另存为… 编码 UTF-8") and import that`);
  }
}

/** The PDF's bytes; its size is judged (against the importer's MAX_PDF_BYTES) before it is read. */
export function readPdfFile(file: string, maxBytes: number): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`cannot find "${file}". Give the path of the edition's PDF`);
  }
  if (stat.isDirectory()) throw new UsageError(`"${file}" is a folder. Give the path of one PDF`);
  if (stat.size === 0) throw new UsageError(`"${file}" is empty. Copy the PDF again from the original`);
  if (stat.size > maxBytes) {
    throw new UsageError(`"${file}" is ${(stat.size / 2 ** 20).toFixed(0)} MB; an edition's PDF is far smaller (at most ${maxBytes / 2 ** 20} MB). Export it again for print, not as a proof with every image at full resolution`);
  }
  return new Uint8Array(fs.readFileSync(file));
}

interface Imported {
  /** What is kept in content/sources/: a PDF cleaned of its metadata, a text as it came. */
  source: Uint8Array;
  result: ImportResult;
  /** The text nothing of may be lost. */
  text: string;
  photos: ExtractedPhoto[];
  pages: PageImage[];
}

async function importFile(file: string, opts: ImportOptions): Promise<Imported> {
  // Loaded once the arguments are good: the importer (pdf.js, canvas) is most of the command's start-up, and a
  // mistyped argument should be answered at once.
  const { MAX_PDF_BYTES, PdfRefusal, importPdf, importText } = await import('../lib/import');
  if (!/\.pdf$/i.test(file)) {
    const input = readText(file);
    return { result: importText(input, opts), text: input, photos: [], pages: [], source: new Uint8Array(fs.readFileSync(file)) };
  }
  try {
    const r = await importPdf(readPdfFile(file, MAX_PDF_BYTES), opts);
    return { result: r.result, text: r.text, photos: r.photos, pages: r.pages, source: r.source.bytes };
  } catch (e) {
    if (e instanceof PdfRefusal) throw new UsageError(`"${file}" ${e.message}`);
    throw e;
  }
}

/** The command with its arguments; a UsageError says what was wrong (run() prints it and exits 2). */
export async function importCommand(argv: string[]): Promise<void> {
  const args = editorArgs(USAGE, true, argv);
  if (!args) return;
  const ctx = catalogues();
  const street = resolveStreet(ctx.gazetteer, args.street);
  const date = resolveDate(args.date, 'any');
  const file = args.files[0];
  const target = args.stdout ? undefined : newEditionPath(street, date);
  const id = `${date}-${street.id}`;
  // The input is kept as the edition's provenance, under the edition's own name.
  const source = `${id}${path.extname(file).toLowerCase() || '.txt'}`;
  const sourceFile = path.join(contentDir(), 'sources', source);
  const otherSource = () => new UsageError(`content/sources/${source} already exists and holds another file. Move it away (or delete it if it is left over from an earlier import), then import again`);
  // A PDF is kept cleaned of its metadata: compared again, cleaned, once imported.
  if (target && fs.existsSync(sourceFile) && !/\.pdf$/i.test(file) && !fs.readFileSync(sourceFile).equals(fs.readFileSync(file))) throw otherSource();
  const mediaDir = path.join(contentDir(), 'media', id);
  if (target && fs.existsSync(mediaDir) && fs.readdirSync(mediaDir).length) {
    throw new UsageError(`content/media/${id}/ already holds files. Move them away (or delete them if they are left over from an earlier import), then import again`);
  }

  const { result, text, photos, pages, source: kept } = await importFile(file, { streetId: street.id, date, source, ...ctx });
  if (target && fs.existsSync(sourceFile) && !fs.readFileSync(sourceFile).equals(Buffer.from(kept))) throw otherSource();
  const { formatReport, unaccounted } = await import('../lib/import');
  const lost = unaccounted(text, result);
  // A safety net for the importer itself: it promises to keep every character.
  if (lost.length) throw new Error(`import lost ${lost.length} characters of the input (${lost.slice(0, 20).join('')}…): this is a bug, please report it with the file`);

  const draftName = target?.rel ?? '(stdout)';
  if (target) {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    fs.writeFileSync(target.file, result.markdown, { flag: 'wx' });
    fs.mkdirSync(path.dirname(sourceFile), { recursive: true });
    fs.writeFileSync(sourceFile, kept);
    if (photos.length || pages.length) fs.mkdirSync(mediaDir, { recursive: true });
    for (const p of [...photos, ...pages]) fs.writeFileSync(path.join(mediaDir, p.file), p.bytes);
  } else process.stdout.write(result.markdown);
  const log = args.stdout ? console.error : console.log;
  log(formatReport(result, draftName));
  if (target && photos.length) log(`${photos.length} 张照片写入 ${path.relative(process.cwd(), mediaDir)}/`);
  if (target && pages.length) log(`${pages.length} 个版面的图片写入 ${path.relative(process.cwd(), mediaDir)}/（数字报），每篇文章在版面上的位置写在它的 @版面 行里`);
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
}

// Run as `npm run import`; imported (the tests), it only defines the command.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) run('import', () => importCommand(process.argv.slice(2)));
