/** Pairing the articles a page sends on (下转) with the continuations of the page they go to (lib/import/pdf/jumps.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairJumps } from '../../../lib/import/pdf/jumps';

/** The texts a tune seed's page sent on (`outs`, each article so far) and its next page continued (`ins`), as the importer read them from Chromium's PDF. */
const seed = (n: number): { outs: string[]; ins: string[] } => JSON.parse(readFileSync(new URL(`../../fixtures/jumps/seed-${n}-chromium.json`, import.meta.url), 'utf8'));

// Three articles of one page, each sent on to page 2 mid-sentence (as tune seed 92 printed them).
const articles = [
  '世纪同乐 整治楼道行动中 守护家园共参与 世纪同乐党总支、居委会与共建单位的党员同志们联合物业一起行动，共同对世纪同乐小区的楼梯间进行集中清理，清理',
  '师大二村 听老党员解读十九届四中全会精神 讲课过程当中，王心园深刻阐明了“一国两制”的制度创新，中国之所以在近些年发展迅速，都是由于一步步完善的制度体系，',
  '长风新村街道举办国际志愿者日暨垃圾分类志愿服务活动 活动现场为市民提供诚信宣传、市民修身、侨法宣传、垃圾分类积分兑换、金融咨询、户籍咨询、',
];
// Their continuations, in the order page 2 sets them (not the articles' order).
const continuations = [
  '红十字宣传、法律咨询、青少年保护咨询、法律援助等16项志愿服务项目。发放各类宣传近3500份，摆放志愿服务宣传展板',
  '中，不少居民也自发加入其中。12月7日下午，居委会全体人员又在周末加班加点，联合小区党员志愿者及物业继续对世纪同乐小区的楼梯间进行了清理',
  '可见制度对于一个国家治国理政具有十分重要的作用。同时，王心园也对中国的未来发展充满信心，以十九届四中全会精神为指引',
];

describe('pairing jumped articles with their continuations', () => {
  it('pairs each continuation with the article whose words it shares, whatever order the page sets them in', () => {
    expect(pairJumps(articles, continuations)).toEqual([2, 0, 1]);
    expect(pairJumps([articles[1], articles[2], articles[0]], continuations)).toEqual([1, 2, 0]);
  });

  it('pairs by the word an article breaks off in, where both share the words of its continuations alike', () => {
    // Tune seed 115: two articles on the work of residential areas' party branches, each broken off mid-word.
    const outs = ['居民区党总支坚持党员带头，在小区垃圾分类过', '居民区党总支坚持党员带头，居民区党组织在发挥自身领导核心作'];
    const ins = ['用的同时，居民区党总支坚持党员带头', '程中，居民区党总支坚持党员带头'];
    expect(pairJumps(outs, ins)).toEqual([1, 0]);
  });

  it('pairs by the word an article breaks off in even where the other continuation shares more words with it', () => {
    // Tune seed 580: two articles on one residential area's governance; the longer continuation shares more words with the
    // article it does not continue, and only 幸|福感 (and no word across 小区|进出) tells them apart.
    const outs = [
      '陶家宅居民区成功经验表明，要全面加强党对社区治理的领导，调动居民参与社区治理的积极性和主动性，可以增强居民百姓的参与感、获得感和幸',
      '一是定期组织社区干部进行法治专题学习，居委会与业委会一同解决居民反映的常态化疫情防控期间小区',
    ];
    const ins = ['福感。3.依法治理是确保人民安居乐业的有力保障', '进出管理问题。统筹整合多方资源提高社区治理效能，陶家宅居民区党总支充分调动居民参与社区治理的积极性和主动性，增强居民百姓的获得感'];
    expect(pairJumps(outs, ins)).toEqual([0, 1]);
  });

  it('pairs by a word of today\'s news broken at the jump, where two articles of one residential area share their words', () => {
    // Tune seed 765: 陶家宅's two articles; the crossed pairing shares more words. Only 常态化疫|情防控 tells them apart.
    const { outs, ins } = seed(765);
    expect(pairJumps(outs, ins)).toEqual([0, 2, 1]);
  });

  it('takes no word for broken where the words most used join across the break (集中|共区域 is no 中共)', () => {
    // Tune seed 783: six articles sent from page 2 to page 3; 楼道及公|共区域 breaks 公共, 这次集中|清理 breaks none.
    const { outs, ins } = seed(783);
    expect(pairJumps(outs, ins)).toEqual([0, 4, 1, 2, 5, 3]);
  });

  it('goes on with a sentence an article left open at a comma in a continuation that ends it', () => {
    // Tune seed 760: the rest of an honour roll, one company's name and no sentence, shares that company's words with the
    // article about it, which broke off at 资源，; its own article broke off at the roll's heading.
    const { outs, ins } = seed(760);
    expect(pairJumps(outs, ins)).toEqual([0, 3, 1, 2]);
  });

  it('goes on with a sentence an article broke off inside on a line that opens no paragraph, whatever words the other shares (tune seed 1315)', () => {
    const outs = ['陶家宅居民区党总支推动业委会换届，组织业委会成员学习法规，只有在法治框架', '长一居民区党总支推进社区治理制度化、规范化，支持业委会依照法规和制度开展工作。'];
    const ins = ['下开展工作，才能进一步增强并逐步实现社区治理的制度化、程序化、规范化。', '注重发现人选。在业委会换届中，党总支组织业委会成员学习。'];
    // By their words alone, each continuation goes with the other article.
    expect(pairJumps(outs, ins)).toEqual([1, 0]);
    // The first article breaks off mid-sentence, and the second continuation opens a paragraph (set in on the page).
    expect(pairJumps(outs, ins, { offMidSentence: [true, false], opensParagraph: [false, true] })).toEqual([0, 1]);
    // Where neither article breaks off inside a sentence, the words decide as before.
    expect(pairJumps(outs, ins, { offMidSentence: [false, false], opensParagraph: [false, true] })).toEqual([1, 0]);
  });

  it('keeps reading order where the words tell nothing, and pairs no two continuations with one article', () => {
    expect(pairJumps(['甲乙丙丁', '戊己庚辛'], ['子丑寅卯', '辰巳午未'])).toEqual([0, 1]);
    const paired = pairJumps(articles, [continuations[0], continuations[0], continuations[0]]);
    expect(new Set(paired).size).toBe(3);
    expect(paired).toContain(2);
  });

  it('leaves a continuation unpaired where the page sent on fewer articles than continue on it, and pairs none with none', () => {
    expect(pairJumps([articles[2]], continuations)).toEqual([0, -1, -1]);
    expect(pairJumps([articles[0]], continuations)).toEqual([-1, 0, -1]);
    expect(pairJumps([], continuations)).toEqual([-1, -1, -1]);
  });
});
