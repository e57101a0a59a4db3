/**
 * The public module of lib/content: the content format and its records.
 * Parses editions, the gazetteer and the award catalogue into typed records
 * (zod schemas in ./schema.ts are the types), links them by id and indexes
 * them (./load.ts). Pure but for reading the folder; knows nothing of how
 * photos are encoded or pages are built. Every other concern imports it.
 */
export { type AwardCatalogue } from './awards';
export { formatChineseDate, parseCalendarDate, toShanghaiDateTime } from './dates';
export { IMPORT_FLAG, MAX_EDITION_BYTES, normaliseText, type ParseContext, parseEdition, PLACEHOLDER } from './edition/parse';
export { findStreet, type Gazetteer, parseGazetteer, residencesOf } from './gazetteer';
export { buildContent, type BuildResult, type Catalogues, type Content, type ContentSources, contentStamp, editionFiles, type KeptParse, parseCatalogues, type ParseMemo, readSources, type SourceFile } from './load';
export { eagerFirstPhoto, type PhotoView, shiftHeadings } from './markdown';
export { altText, leadPhoto, PHOTO_FILE, type MediaFile, type PhotoFormat, type PhotoProbe, type SourceProblem } from './media';
export { closest, formatIssue, hasErrors } from './report';
export { pinyinId } from './ids';
export { type Article, type Award, type AwardProgramme, type ContentIssue, type Edition, type Extra, type Page, type Photo, type Residence, type Street } from './schema';
