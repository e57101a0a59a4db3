/**
 * A city's archive for the bench (`npm run bench`, BENCH_CITY): the 16
 * districts of Shanghai and their 216 街道 and 镇 (real, public names), each
 * with generated 居民区, and N editions spread over the streets month by
 * month, newest in November 2026. Each edition is a launch edition re-set for
 * its street: its residential areas and street name replaced by the street's
 * own and its honour roll kept as a plain list (the five launch streets keep
 * their awards), so every edition passes the check. A share of the editions carry photos, and a
 * smaller share their printed pages (数字报) with each article placed on them.
 * Deterministic: the same N gives the same corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { normaliseText, parseGazetteer, pinyinId, readSources, type Gazetteer, type Street } from '../lib/content';
import { random } from './random';

/** District id, name, and its 街道 and 镇 (ten years of monthly papers from each makes about 25,000 editions). */
export const SHANGHAI: [string, string, string[]][] = [
  ['huangpu', '黄浦区', ['南京东路街道', '外滩街道', '半淞园路街道', '小东门街道', '豫园街道', '老西门街道', '五里桥街道', '打浦桥街道', '淮海中路街道', '瑞金二路街道']],
  ['xuhui', '徐汇区', ['天平路街道', '湖南路街道', '斜土路街道', '枫林路街道', '长桥街道', '田林街道', '虹梅路街道', '康健新村街道', '徐家汇街道', '凌云路街道', '龙华街道', '漕河泾街道', '华泾镇']],
  ['changning', '长宁区', ['华阳路街道', '江苏路街道', '新华路街道', '周家桥街道', '天山路街道', '仙霞街道', '虹桥街道', '程家桥街道', '北新泾街道', '新泾镇']],
  ['jingan', '静安区', ['江宁路街道', '石门二路街道', '南京西路街道', '静安寺街道', '曹家渡街道', '天目西路街道', '北站街道', '宝山路街道', '芷江西路街道', '共和新路街道', '大宁路街道', '彭浦新村街道', '临汾路街道', '彭浦镇']],
  ['putuo', '普陀区', ['曹杨新村街道', '长风新村街道', '长寿路街道', '甘泉路街道', '石泉路街道', '宜川路街道', '万里街道', '真如镇街道', '长征镇', '桃浦镇']],
  ['hongkou', '虹口区', ['欧阳路街道', '曲阳路街道', '广中路街道', '嘉兴路街道', '凉城新村街道', '四川北路街道', '北外滩街道', '江湾镇街道']],
  ['yangpu', '杨浦区', ['定海路街道', '平凉路街道', '江浦路街道', '四平路街道', '控江路街道', '长白新村街道', '延吉新村街道', '殷行街道', '大桥街道', '五角场街道', '新江湾城街道', '长海路街道']],
  ['minhang', '闵行区', ['江川路街道', '古美街道', '新虹街道', '浦锦街道', '莘庄镇', '七宝镇', '颛桥镇', '华漕镇', '虹桥镇', '梅陇镇', '吴泾镇', '马桥镇', '浦江镇']],
  ['baoshan', '宝山区', ['友谊路街道', '吴淞街道', '张庙街道', '庙行镇', '淞南镇', '高境镇', '大场镇', '杨行镇', '月浦镇', '罗店镇', '罗泾镇', '顾村镇']],
  ['jiading', '嘉定区', ['新成路街道', '真新街道', '嘉定镇街道', '南翔镇', '安亭镇', '马陆镇', '徐行镇', '华亭镇', '外冈镇', '江桥镇', '菊园新区']],
  ['pudong', '浦东新区', ['潍坊新村街道', '陆家嘴街道', '周家渡街道', '塘桥街道', '上钢新村街道', '南码头路街道', '沪东新村街道', '金杨新村街道', '洋泾街道', '浦兴路街道', '东明路街道', '花木街道', '川沙新镇', '高桥镇', '北蔡镇', '合庆镇', '唐镇', '曹路镇', '金桥镇', '高行镇', '高东镇', '张江镇', '三林镇', '惠南镇', '周浦镇', '新场镇', '大团镇', '康桥镇', '航头镇', '祝桥镇', '泥城镇', '宣桥镇', '书院镇', '万祥镇', '老港镇', '南汇新城镇']],
  ['jinshan', '金山区', ['石化街道', '朱泾镇', '枫泾镇', '张堰镇', '亭林镇', '吕巷镇', '廊下镇', '金山卫镇', '漕泾镇', '山阳镇']],
  ['songjiang', '松江区', ['岳阳街道', '永丰街道', '方松街道', '中山街道', '广富林街道', '九里亭街道', '泗泾镇', '佘山镇', '车墩镇', '新桥镇', '洞泾镇', '九亭镇', '泖港镇', '石湖荡镇', '新浜镇', '叶榭镇', '小昆山镇']],
  ['qingpu', '青浦区', ['夏阳街道', '盈浦街道', '香花桥街道', '朱家角镇', '练塘镇', '金泽镇', '赵巷镇', '徐泾镇', '华新镇', '重固镇', '白鹤镇']],
  ['fengxian', '奉贤区', ['西渡街道', '奉浦街道', '金海街道', '南桥镇', '奉城镇', '庄行镇', '金汇镇', '四团镇', '青村镇', '柘林镇', '海湾镇']],
  ['chongming', '崇明区', ['城桥镇', '堡镇', '新河镇', '庙镇', '竖新镇', '向化镇', '三星镇', '港沿镇', '中兴镇', '陈家镇', '绿华镇', '港西镇', '建设镇', '新海镇', '东平镇', '长兴镇', '新村乡', '横沙乡']],
];

export interface CityOptions {
  editions: number;
  /** Share of editions with two photos each (synthetic, `photoWidth` wide). */
  photoShare?: number;
  /** Share of editions with their two printed pages. */
  pageShare?: number;
  photoWidth?: number;
  /** Where the synthetic photos are made once and kept between runs. */
  poolDir?: string;
}

const FIRST = [...'和平康乐新华兰梅桂竹松柏枫桃杏春秋晨曦金银玉锦绣光明幸福长安永宁益民友谊团结振兴东南西北中安居乐业广福瑞祥'];
const SECOND = [...'苑园村里坊庭湾城邸居'];
const NUMBER = ['', '', '', '一村', '二村', '三村', '新村'];

/** 6 to 20 residential areas for a street, named as the city names them, with ids of their own. */
function residencesFor(streetId: string, rnd: () => number): { name: string; id: string }[] {
  const count = 6 + Math.floor(rnd() * 15);
  const names = new Set<string>();
  while (names.size < count) {
    const a = FIRST[Math.floor(rnd() * FIRST.length)];
    const b = FIRST[Math.floor(rnd() * FIRST.length)];
    const tail = rnd() < 0.5 ? SECOND[Math.floor(rnd() * SECOND.length)] : NUMBER[Math.floor(rnd() * NUMBER.length)];
    if (a !== b) names.add(`${a}${b}${tail}`);
  }
  return [...names].map((name, i) => ({ name, id: `${streetId}-${String(i + 1).padStart(2, '0')}` }));
}

/** The city's gazetteer: the launch content's five streets as they are (their areas are in the launch editions), the rest generated. */
export function cityGazetteer(launch: Gazetteer): string {
  const rnd = random(20261120);
  const districts = SHANGHAI.map(([id, name]) => ({ name, id }));
  const streets: { name: string; id: string; district: string }[] = [];
  const residences: Record<string, unknown>[] = [];
  const used = new Set<string>();
  for (const [district, , names] of SHANGHAI) {
    for (const name of names) {
      const known = launch.streets.find((s) => s.name === name);
      let id = known?.id ?? pinyinId(name, ['街道']);
      if (used.has(id)) id = `${id}-${district}`;
      used.add(id);
      streets.push({ name, id, district });
      if (known) {
        for (const r of launch.residences.filter((x) => x.streetId === known.id)) residences.push({ name: r.name, id: r.id, street: id, ...(r.fullName ? { full_name: r.fullName } : {}) });
      } else for (const r of residencesFor(id, rnd)) residences.push({ name: r.name, id: r.id, full_name: `${r.name}居民区`, street: id });
    }
  }
  return `# A generated city for the bench (scripts/city.ts): real 街道 and 镇, generated 居民区.\n${yaml.dump({ districts, streets, residences }, { lineWidth: 200, flowLevel: 2 })}`;
}

/** A launch edition re-set for another street: its areas, street name and (outside the award's district) award markers. */
function resetFor(text: string, from: Street, to: Street, g: Gazetteer): string {
  let out = text;
  if (from.id === to.id) return out;
  const fromAreas = g.residences.filter((r) => r.streetId === from.id);
  const toAreas = g.residences.filter((r) => r.streetId === to.id);
  const pairs = fromAreas.map((r, i) => [r, toAreas[i % toAreas.length]] as const).sort((a, b) => b[0].name.length - a[0].name.length);
  for (const [a, b] of pairs) {
    for (const term of [...a.matchTerms].sort((x, y) => y.length - x.length)) if (term !== a.name) out = out.split(term).join(`${b.name}居民区`);
    out = out.split(a.name).join(b.name);
    out = out.replace(new RegExp(`(@居民区[^\\n]*|居民区=)\\b${a.id}\\b`, 'g'), (m) => m.replace(a.id, b.id));
  }
  out = out.split(from.name).join(to.name);
  // An honour roll names areas of several streets; re-set, it would award one street's areas twice: it stays a list.
  out = out.replace(/[ \t]*\{\s*(?:奖|award)\s*=[^}]*\}/g, '');
  return out.replace(/^street: .*$/m, `street: ${to.id}`);
}

/** Regions for the articles of an edition printed on `pages` pages: a grid, in reading order. */
function pageRegions(articles: number, pages: number): string[] {
  const perPage = Math.ceil(articles / pages);
  return Array.from({ length: articles }, (_, i) => {
    const page = i < perPage ? 1 : 2;
    const k = i % perPage;
    const rows = Math.ceil(perPage / 2);
    const x = (k % 2) * 50 + 2;
    const y = 12 + Math.floor(k / 2) * (84 / rows);
    return `@版面 ${page} ${x} ${y.toFixed(1)} 46 ${(84 / rows - 2).toFixed(1)}`;
  });
}

/** Two photos in place of the first two caption-only figures (or after the first paragraph), and the printed pages when asked. */
function withMedia(text: string, photo: (() => string) | undefined, pages: boolean): { text: string; files: string[] } {
  const files: string[] = [];
  let lines = text.split('\n');
  if (photo) {
    let given = 0;
    lines = lines.flatMap((line) => {
      if (given < 2 && /^@图 /.test(line)) {
        const f = photo();
        files.push(f);
        given++;
        return [`@图 ${f} ${line.slice(3)}`];
      }
      if (given < 2 && /^[^@#\-\s{].{40,}/.test(line)) {
        const f = photo();
        files.push(f);
        given++;
        return [line, '', `@图 ${f} 合成示例照片`];
      }
      return [line];
    });
  }
  if (pages) {
    const articles = lines.filter((l) => l.startsWith('## ')).length;
    const names = articles > 1 ? ['page-1.jpg', 'page-2.jpg'] : ['page-1.jpg'];
    const regions = pageRegions(articles, names.length);
    let n = 0;
    lines = lines.flatMap((l) => (l.startsWith('## ') ? [l, regions[n++]] : [l]));
    lines.splice(lines.indexOf('---', 1), 0, `pages: [${names.join(', ')}]`);
    files.push(...names);
  }
  return { text: lines.join('\n'), files };
}

/**
 * Writes the city into `outDir`: gazetteer, the launch award catalogue and
 * sources, N editions, and their media (photos hard-linked from the pool).
 */
export async function makeCity(contentDir: string, outDir: string, opts: CityOptions): Promise<string> {
  const { photoShare = 0.02, pageShare = 0.01, photoWidth = 640, poolDir = path.join(path.dirname(outDir), 'photo-pool') } = opts;
  const launch = readSources(contentDir);
  const g0 = parseGazetteer(launch.gazetteer.text, launch.gazetteer.path).gazetteer;
  if (!g0) throw new Error('the launch gazetteer has errors');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'editions'), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'gazetteer.yml'), cityGazetteer(g0));
  fs.copyFileSync(path.join(contentDir, 'awards.yml'), path.join(outDir, 'awards.yml'));
  fs.cpSync(path.join(contentDir, 'sources'), path.join(outDir, 'sources'), { recursive: true });
  const g = parseGazetteer(fs.readFileSync(path.join(outDir, 'gazetteer.yml'), 'utf8'), 'gazetteer.yml').gazetteer;
  if (!g) throw new Error('the city gazetteer has errors');
  const templates = launch.editions.map((e) => {
    const text = normaliseText(e.text);
    const street = g.street.get(/^street: (.*)$/m.exec(text)?.[1]?.trim() ?? '');
    if (!street) throw new Error(`${e.path}: its street is not in the city`);
    return { text, street };
  });
  const rnd = random(opts.editions);
  const media = new Map<string, string[]>();
  let photoNo = 0;
  for (let i = 0; i < opts.editions; i++) {
    const street = g.streets[i % g.streets.length];
    const month = Math.floor(i / g.streets.length);
    const d = new Date(Date.UTC(2026, 10 - month, 1 + (i % 27)));
    const date = d.toISOString().slice(0, 10);
    const t = templates[i % templates.length];
    const set = resetFor(t.text, t.street, street, g).replace(/^date: .*$/m, `date: ${date}`);
    const id = `${date}-${street.id}`;
    const withPhotos = rnd() < photoShare;
    const withPages = rnd() < pageShare;
    const m = withMedia(set, withPhotos ? () => `p${String(photoNo++).padStart(6, '0')}.jpg` : undefined, withPages);
    if (m.files.length) media.set(id, m.files);
    fs.writeFileSync(path.join(outDir, 'editions', `${id}.md`), m.text);
  }
  await linkMedia(outDir, media, photoWidth, poolDir);
  return outDir;
}

/** The editions' photos and pages, made once into the pool and hard-linked (a real archive's files are as many). */
async function linkMedia(outDir: string, media: Map<string, string[]>, photoWidth: number, poolDir: string): Promise<void> {
  const { syntheticPhoto } = await import('./synthetic-photo');
  fs.mkdirSync(poolDir, { recursive: true });
  for (const [id, files] of media) {
    const dir = path.join(outDir, 'media', id);
    fs.mkdirSync(dir, { recursive: true });
    for (const f of files) {
      const page = f.startsWith('page-');
      const pooled = path.join(poolDir, page ? `page-${id}-${f}` : `${photoWidth}-${f}`);
      if (!fs.existsSync(pooled)) {
        const seed = [...`${id}${f}`].reduce((n, c) => (n * 31 + c.charCodeAt(0)) >>> 0, 7);
        const [w, h] = page ? [1000, 1414] : [photoWidth, Math.round((photoWidth * 2) / 3)];
        await (await syntheticPhoto(w, h, seed)).jpeg({ quality: 80, mozjpeg: true }).toFile(pooled);
      }
      fs.linkSync(pooled, path.join(dir, f));
    }
  }
}
