/**
 * `npm run new -- --street <id or 中文名> --date YYYY-MM-DD`: writes a new
 * edition file named for its street and date, with the front matter filled
 * from the gazetteer and a short skeleton of sections. Refuses to overwrite.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseGazetteer, findStreet } from '../lib/gazetteer';
import { parseCalendarDate } from '../lib/dates';
import { closest, formatIssue } from '../lib/report';
import { PLACEHOLDER } from '../lib/edition';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(2);
}

const USAGE = 'usage: npm run new -- --street <street id or Chinese name> --date YYYY-MM-DD';

let values: { street?: string; date?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { street: { type: 'string' }, date: { type: 'string' }, help: { type: 'boolean' } }, strict: true }));
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.street) fail(`--street is missing\n${USAGE}`);
if (!values.date) fail(`--date is missing\n${USAGE}`);

const contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
const gazetteerPath = path.join(contentDir, 'gazetteer.yml');
const g = parseGazetteer(fs.readFileSync(gazetteerPath, 'utf8'), path.relative(process.cwd(), gazetteerPath));
if (!g.gazetteer) fail(`the gazetteer has errors; run npm run check\n${g.issues.map(formatIssue).join('\n')}`);
const gazetteer = g.gazetteer;

const street = findStreet(gazetteer, values.street.trim());
if (!street) {
  const ref = values.street.trim();
  const hint = closest(ref, gazetteer.streets.map((s) => s.id)) ?? gazetteer.streets.find((s) => closest(ref, [s.name, s.name.replace(/街道$/, '')]))?.id;
  const suggestion = hint ? `did you mean --street ${hint} (${gazetteer.street.get(hint)?.name})? ` : '';
  fail(`unknown street "${ref}". ${suggestion}Streets: ${gazetteer.streets.map((s) => `${s.id} (${s.name})`).join(', ')}. A new street goes in content/gazetteer.yml first.`);
}

const date = parseCalendarDate(values.date.trim());
if (!date.ok) fail(`--date ${date.message}`);
if (date.precision !== 'day') fail(`--date "${values.date}" names no day: a new edition needs its publication date, YYYY-MM-DD`);

const editionsDir = path.join(contentDir, 'editions');
const file = path.join(editionsDir, `${date.date}-${street.id}.md`);
const rel = path.relative(process.cwd(), file);
if (fs.existsSync(file)) fail(`${rel} already exists: edit it rather than starting again`);
for (const other of fs.existsSync(editionsDir) ? fs.readdirSync(editionsDir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')) : []) {
  const text = fs.readFileSync(path.join(editionsDir, other), 'utf8');
  if (new RegExp(`^street:\\s*(${street.id}|${street.name})\\s*$`, 'm').test(text) && new RegExp(`^date:\\s*["']?${date.date}["']?\\s*$`, 'm').test(text)) {
    fail(`content/editions/${other} is already the ${street.name} edition of ${date.date}: edit it rather than starting again`);
  }
}

const district = gazetteer.district.get(street.districtId);
const p = (what: string) => `${PLACEHOLDER}${what}】`;
const skeleton = `---
street: ${street.id}
date: ${date.date}
district: ${street.districtId}
# publisher: ${street.name}党工委 联合出版   ← 照报头原样填写；报上没有就删掉这一行
# issue: 第N期                              ← 报上印了期号才写
---

# 要闻

## ${p('头版标题')}
@作者 ${p('署名，如 □记者 某某')}

${p('正文第一段')}

# 居民区

## ${p('居民区文章标题')}

${p('正文')}

# 社区扫描

## ${p('标题')}

${p('正文')}
`;
fs.mkdirSync(editionsDir, { recursive: true });
fs.writeFileSync(file, skeleton, { flag: 'wx' });
console.log(`wrote ${rel}: ${district?.name ?? ''}${street.name}, ${date.date}`);
console.log(`Fill in every ${PLACEHOLDER}…】 (npm run check lists any left), then preview with npm run dev.`);
