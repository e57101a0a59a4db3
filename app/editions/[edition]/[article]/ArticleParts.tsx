/**
 * The parts of an article page below and beside its text: the facts under the
 * headline, the awards it reports, and the articles before and after it in
 * the printed edition.
 */
import type { Article, Award, Content, Edition, Residence } from '@/lib/content';
import { articlePages, href, residenceLabel, streetName } from '@/lib/publish';
import { DateText } from '@/components/DateText';

interface MetaProps {
  content: Content;
  article: Article;
  edition: Edition;
  residences: Residence[];
}

/** Date, paper and section, the printed pages it is on, and its residential areas when there are several. */
export function ArticleMeta({ content: c, article: a, edition: e, residences }: MetaProps) {
  return (
    <dl className="meta-list mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
      <div>
        <dt>日期：</dt>
        <dd>
          <DateText date={a.date} inferred={Boolean(e.inferred.date)} />
        </dd>
      </div>
      <div>
        <dt>报纸：</dt>
        <dd>
          <a href={href.edition(e.id)}>{streetName(c, e.streetId)}版</a>
          {a.section && <> · {a.section}</>}
        </dd>
      </div>
      {/* 数字报: where it was printed, each page a link to its place there. */}
      {a.regions.length > 0 && (
        <div>
          <dt>版面：</dt>
          <dd>
            {articlePages(a).map((n, i) => (
              <span key={n}>
                {i > 0 && '、'}
                <a href={href.region(a, n)}>见第{n}版</a>
              </span>
            ))}
          </dd>
        </div>
      )}
      {/* The trail above names the street and a single residential area; several are listed here. */}
      {residences.length > 1 && (
        <div>
          <dt>居民区：</dt>
          <dd>
            {residences.map((r, i) => (
              <span key={r.id}>
                {i > 0 && '、'}
                <a href={href.residence(r.id)}>{residenceLabel(r)}</a>
              </span>
            ))}
          </dd>
        </div>
      )}
    </dl>
  );
}

/** The awards the article reports, each linking to the honour roll. */
export function ArticleAwards({ awards }: { awards: Award[] }) {
  if (awards.length === 0) return null;
  return (
    <section aria-labelledby="awards" className="mt-8 max-w-measure rounded border border-rule bg-surface p-4">
      <h2 id="awards" className="font-bold">本文报道的奖项</h2>
      <ul className="mt-2 list-disc pl-5">
        {awards.map((w) => (
          <li key={w.id}>
            <a href={href.award(w)}>
              {w.level}：{w.recipient}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 上一篇 and 下一篇 in the printed edition. */
export function NeighbourLinks({ previous, next }: { previous?: Article; next?: Article }) {
  return (
    <nav aria-label="同期文章" className="neighbours">
      {previous ? (
        <a href={href.article(previous)} rel="prev">
          <span>上一篇</span>
          {previous.title}
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={href.article(next)} rel="next">
          <span>下一篇</span>
          {next.title}
        </a>
      )}
    </nav>
  );
}
