import { getContent, pageMetadata, href, streetName } from '@/lib/publish';
import { formatChineseDate } from '@/lib/content';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import type { Edition, Extra } from '@/lib/content';

export const metadata = pageMetadata({ title: '关于社区晨报', description: '社区晨报是什么，网络版的内容从哪里来，编辑怎样发布。', path: '/about/' });

const KIND_LABEL = { about: '报纸简介', slogan: '报头语', qr: '扫码提示', notice: '启事' } as const;

/** How many of the papers' own texts the page quotes. */
const BLURBS = 24;

export default async function AboutPage() {
  const c = await getContent();
  // A paper prints the same blurb in every issue: each distinct text is shown
  // once, credited to the newest edition that printed it, with a count.
  const byText = new Map<string, Extra & { edition: Edition; times: number }>();
  for (const e of c.editions) {
    for (const x of e.extras) {
      const key = `${e.streetId}\u0000${x.kind}\u0000${x.text}`;
      const seen = byText.get(key);
      if (seen) seen.times++;
      else byText.set(key, { ...x, edition: e, times: 1 });
    }
  }
  // At most a few dozen, the newest first: the page stays small however many papers the city prints.
  const blurbs = [...byText.values()].slice(0, BLURBS);
  return (
    <div className="max-w-measure">
      <Breadcrumbs crumbs={[{ label: '首页', href: '/' }, { label: '关于' }]} />
      <h1>关于社区晨报</h1>

      <section aria-labelledby="self" className="mt-6">
        <h2 id="self">报纸的自我介绍</h2>
        <p className="mt-1 text-sm text-muted">以下文字摘自各期报纸版面，照原文转录。</p>
        <ul className="mt-3 space-y-4">
          {blurbs.map((b, i) => (
            <li key={i} className="border-l-4 border-rule pl-3">
              <p className="text-sm text-muted">{KIND_LABEL[b.kind]}</p>
              <blockquote className="mt-1">{b.text}</blockquote>
              <p className="mt-1 text-sm">
                ——<a href={href.edition(b.edition.id)}>{streetName(c, b.edition.streetId)}版，{formatChineseDate(b.edition.date)}</a>
                {b.edition.publisher && <>，{b.edition.publisher}</>}
                {b.times > 1 && <>（共{b.times}期刊登）</>}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="web" className="mt-8">
        <h2 id="web">关于网络版</h2>
        <p className="mt-2">
          网络版收录各街道出版的社区晨报，共{c.gazetteer.streets.length}个街道、{c.editions.length}期、{c.articles.length}篇文章。文章按印刷原文转录：只修复提取文字时造成的断行、空格和误读，不改写、不删节；照片未能保存，只保留图片说明；报上未印出的信息（如出版日期）由编辑依据文中内容推定，并在页面上注明“推定”。
        </p>
      </section>

      <section aria-labelledby="publish" className="mt-8">
        <h2 id="publish">编辑怎样发布</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>每期报纸写成一个 Markdown 文件，放在代码库的 content/editions/ 目录；</li>
          <li>运行 npm run check 检查格式，错误会指出文件、行号、字段和正确写法；</li>
          <li>运行 npm run dev 在浏览器中预览；</li>
          <li>用 git 提交，网站重新构建后即上线。</li>
        </ol>
        <p className="mt-2 text-sm text-muted">完整的格式说明见代码库中的 content/README.md。</p>
      </section>
    </div>
  );
}
