/**
 * `npx tsx scripts/refused-pdfs.ts`: the PDFs `npm run import` must refuse,
 * in tests/fixtures/pdf-refused/ (committed; run again only to change them).
 * Printed by Debian's Chromium like the typeset fixtures; the encrypted one is
 * then locked by qpdf (apt-get install qpdf), which nothing else needs.
 *
 *   scanned.pdf     a page that is only a picture of text: no text layer
 *   encrypted.pdf   a typeset fixture page behind a password
 *   65-pages.pdf    more pages than an edition has
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticPhoto } from './synthetic-photo';
import { printPdf } from './typeset';

const OUT = path.resolve('tests/fixtures/pdf-refused');
fs.mkdirSync(OUT, { recursive: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'refused-'));
try {
  const scan = (await (await syntheticPhoto(600, 840, 7, '扫描件')).jpeg({ quality: 40 }).toBuffer()).toString('base64');
  await printPdf(`<style>@page{size:A4;margin:0}body{margin:0}</style><img src="data:image/jpeg;base64,${scan}" style="width:210mm;height:297mm">`, path.join(OUT, 'scanned.pdf'));
  await printPdf(`<style>@page{size:A6;margin:10mm}p{break-after:page;margin:0}</style>${Array.from({ length: 65 }, (_, i) => `<p>第${i + 1}版</p>`).join('')}`, path.join(OUT, '65-pages.pdf'));
  const plain = path.join(tmp, 'plain.pdf');
  await printPdf('<style>@page{size:A6;margin:10mm}</style><h1>社区晨报</h1><p>仙霞新村街道召开社区代表会议。</p>', plain);
  execFileSync('qpdf', ['--encrypt', 'user-password', 'owner-password', '256', '--', plain, path.join(OUT, 'encrypted.pdf')]);
  for (const f of fs.readdirSync(OUT)) console.log(`${f}: ${(fs.statSync(path.join(OUT, f)).size / 1024).toFixed(0)} KB`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
