/** What the score and the command line need of the composer: the composition and its key. */
export { compose } from './modules';
export type { CompositionKey, PagePlan } from './compose';
