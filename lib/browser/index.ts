/**
 * The public module of lib/browser: what runs in the reader's browser. The
 * scripts of reading pages (./elder-switch.ts, ./read-aloud.ts, compiled by
 * scripts/build-client.ts) live here beside what they and the pages that load
 * them agree on (storage keys, attributes, the search's precision rules). No
 * Node.js module and no other concern.
 */
export { ELDER_ATTRIBUTE, ELDER_BOOT_SCRIPT, ELDER_STORAGE_KEY, STREET_ATTRIBUTE, STREET_STORAGE_KEY } from './elder';
export { candidates, type Hit, isPagefind, nextHits, type Pagefind, type PagefindResult, queryTerms } from './search';
