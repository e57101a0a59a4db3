import type { Content, Award } from '@/lib/content';
import { honourRoll, href, residenceLabel, streetName } from '@/lib/publish';

/** Awards by programme, round and level, each recipient linked to its area and the reports. */
export function HonourRoll({ content, awards, headingLevel = 2 }: { content: Content; awards?: readonly Award[]; headingLevel?: 2 | 3 }) {
  const groups = honourRoll(content, awards);
  if (!groups.length) return <p className="text-muted">暂无获奖记录。</p>;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const H2 = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="space-y-8">
      {groups.map(({ programme, rounds }) =>
        rounds.map(({ round, levels }) => (
          <section key={round.id} aria-labelledby={`round-${round.id}`}>
            <H id={`round-${round.id}`} className="font-serif text-xl font-bold">
              {content.gazetteer.district.get(programme.districtId)?.name}
              {round.label}
              {programme.name}
              <span className="ml-2 text-base font-normal text-muted">{round.year}年</span>
            </H>
            {levels.map(({ level, awards: list }) => (
              <div key={level} className="mt-4">
                <H2 className="font-bold text-accent">{level}</H2>
                <ul className="mt-1">
                  {list.map((a) => {
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
                          {a.articleIds.map((id, i) => {
                            const article = content.article.get(id);
                            return article ? (
                              <span key={id}>
                                {i > 0 && '、'}
                                <a href={href.article(article)}>{streetName(content, article.streetId)}版</a>
                              </span>
                            ) : null;
                          })}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        )),
      )}
    </div>
  );
}
