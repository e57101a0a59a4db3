/**
 * `npm run new -- --street <id or 中文名> --date YYYY-MM-DD`: writes a new
 * edition file named for its street and date, with the front matter filled
 * from the gazetteer and a short skeleton of sections. Refuses to overwrite.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER } from '../lib/content';
import { editorArgs, newEditionPath, readGazetteer, resolveDate, resolveStreet, run } from './editor-cli';

const USAGE = 'usage: npm run new -- --street <street id or Chinese name> --date YYYY-MM-DD';

run('new', () => {
  const args = editorArgs(USAGE, false);
  if (!args) return;
  const gazetteer = readGazetteer();
  const street = resolveStreet(gazetteer, args.street);
  const date = resolveDate(args.date, 'day');
  const { file, rel } = newEditionPath(street, date);
  const district = gazetteer.district.get(street.districtId);
  const p = (what: string) => `${PLACEHOLDER}${what}】`;
  const skeleton = `---
street: ${street.id}
date: ${date}
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
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, skeleton, { flag: 'wx' });
  console.log(`wrote ${rel}: ${district?.name ?? ''}${street.name}, ${date}`);
  console.log(`Fill in every ${PLACEHOLDER}…】 (npm run check lists any left), then preview with npm run dev.`);
});
