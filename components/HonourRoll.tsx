import type { Content, Award } from '@/lib/content';
import { honourRoll, href, residenceLabel, streetName } from '@/lib/publish';

/** The newest reports an award is named in: a few, and how many there are in all, however often it is reported. */
const REPORTS_SHOWN = 3;

function Reports({ content, award }: { content: Content; award: Award }) {
  const articles = award.articleIds.map((id) => content.article.get(id)).filter((x) => x !== undefined);
  return (
    <>
      {articles.slice(0, REPORTS_SHOWN).map((article, i) => (
        <span key={article.id}>
          {i > 0 && '、'}
          <a href={href.article(article)}>{streetName(content, article.streetId)}版</a>
        </span>
      ))}
      {articles.length > REPORTS_SHOWN && <>等{articles.length}篇</>}
    </>
  );
}

/** Awards by programme, round and level, each recipient linked to its area and the reports. */
interface RollProps {
  content: Content;
  awards?: readonly Award[];
  headingLevel?: 2 | 3;
  /** A heading for each round; a round's own page has its title already, and its levels are its headings. */
  titled?: boolean;
}

export function HonourRoll({ content, awards, headingLevel = 2, titled = true }: RollProps) {
  const groups = honourRoll(content, awards);
  if (!groups.length) return <p className="text-muted">暂无获奖记录。</p>;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const levelHeading = titled ? (headingLevel === 2 ? 'h3' : 'h4') : H;
  return (
    <div className="space-y-8">
      {groups.map(({ programme, rounds }) =>
        rounds.map(({ round, levels }) => (
          <section key={round.id} aria-labelledby={titled ? `round-${round.id}` : undefined}>
            {titled && (
              <H id={`round-${round.id}`} className="font-serif text-xl font-bold">
                <a href={href.round(round.id)} className="quiet-link">
                  {content.gazetteer.district.get(programme.districtId)?.name}
                  {round.label}
                  {programme.name}
                </a>
                <span className="ml-2 text-base font-normal text-muted">{round.year}年</span>
              </H>
            )}
            {levels.map(({ level, awards: list }) => (
              <LevelList key={level} content={content} level={level} awards={list} heading={levelHeading} />
            ))}
          </section>
        )),
      )}
    </div>
  );
}

function LevelList({ content, level, awards, heading: Heading }: { content: Content; level: string; awards: readonly Award[]; heading: 'h2' | 'h3' | 'h4' }) {
  return (
    <div className="mt-4">
      <Heading className="font-bold text-accent">{level}</Heading>
      <ul className="mt-1">
        {awards.map((a) => {
          const residence = a.residenceId ? content.gazetteer.residence.get(a.residenceId) : undefined;
          return (
            <li key={a.id} id={a.id} className="border-b border-rule py-2">
              <span className="font-medium">{a.recipient}</span>
              <span className="ml-2 text-sm text-muted">
                {residence && (
                  <>
                    <a href={href.residence(residence.id)}>{residenceLabel(residence)}</a> ·{' '}
                  </>
                )}
                {a.streetId && <a href={href.street(a.streetId)}>{streetName(content, a.streetId)}</a>}
                {' · 报道：'}
                <Reports content={content} award={a} />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
