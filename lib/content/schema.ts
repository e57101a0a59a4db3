/**
 * The records the site is made of. Each zod schema here is the single source of
 * truth for its type: every exported type is `z.infer` of a schema, never a
 * hand-written twin.
 */
import { z } from 'zod';

/** ASCII id used in URLs: lower-case letters, digits and single hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a valid id (expected lower-case ASCII letters, digits and hyphens, e.g. "hongxu")');

/**
 * A calendar date in Asia/Shanghai with the precision the paper supports:
 * "2019", "2019-11" or "2019-11-28". Kept as a string so it can never shift
 * by a day through a UTC conversion.
 */
export const CalendarDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
export const DatePrecision = z.enum(['year', 'month', 'day']);

export const District = z.object({
  id: Id,
  name: z.string().min(1),
});
export type District = z.infer<typeof District>;

export const Street = z.object({
  id: Id,
  name: z.string().min(1),
  districtId: Id,
});
export type Street = z.infer<typeof Street>;

export const Residence = z.object({
  id: Id,
  /** Short name as residents say it: 虹旭. */
  name: z.string().min(1),
  /** Formal name where the paper prints one: 虹旭居民区, 清水湾居委会. */
  fullName: z.string().min(1).optional(),
  streetId: Id,
  /** Every string that names this area in an article, longest first. */
  matchTerms: z.array(z.string().min(1)).min(1),
});
export type Residence = z.infer<typeof Residence>;

export const AwardRound = z.object({
  id: Id,
  programmeId: Id,
  round: z.number().int().positive(),
  /** As printed: 第七轮. */
  label: z.string().min(1),
  year: z.number().int().min(1949).max(2100),
  ceremony: CalendarDate.optional(),
  note: z.string().optional(),
});
export type AwardRound = z.infer<typeof AwardRound>;

export const AwardProgramme = z.object({
  id: Id,
  /** 居民区党建工作“金银奖”. */
  name: z.string().min(1),
  districtId: Id,
  /** Levels from highest to lowest: 金奖标兵, 金奖, 银奖, 特色治理奖. */
  levels: z.array(z.string().min(1)).min(1),
  rounds: z.array(AwardRound),
});
export type AwardProgramme = z.infer<typeof AwardProgramme>;

export const Award = z.object({
  id: Id,
  programmeId: Id,
  roundId: Id,
  year: z.number().int(),
  level: z.string().min(1),
  /** The organisation honoured, as printed: 陶家宅居民区党总支. */
  recipient: z.string().min(1),
  residenceId: Id.optional(),
  streetId: Id.optional(),
  /** Every article that reports this award, in order of first report. */
  articleIds: z.array(z.string()).min(1),
});
export type Award = z.infer<typeof Award>;

export const ExtraKind = z.enum(['about', 'slogan', 'qr', 'notice']);

/** Text printed on the page that is not news: the paper's blurb, slogans, QR prompts. */
export const Extra = z.object({
  kind: ExtraKind,
  text: z.string().min(1),
});
export type Extra = z.infer<typeof Extra>;

export const Correction = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  note: z.string().optional(),
});
export type Correction = z.infer<typeof Correction>;

/** A photo committed with its edition, as the check found it. */
export const Photo = z.object({
  /** Under content/media/: `2019-11-28-xianxia/hongxu.jpg`. */
  file: z.string().min(1),
  /** SHA-256 of the file's bytes, hex: what every file made from it is named after. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** As displayed, EXIF orientation applied. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Photo = z.infer<typeof Photo>;

/**
 * A figure in printed order: a photo with its caption, or only the caption
 * where the photo was not kept (the launch editions).
 */
export const Figure = z.object({
  caption: z.string().min(1).optional(),
  /** What the photo shows, for readers who cannot see it, when the caption does not say. */
  alt: z.string().min(1).optional(),
  /** The photographer, as printed: 摄影：张伟. */
  credit: z.string().min(1).optional(),
  photo: Photo.optional(),
  line: z.number().int().positive(),
});
export type Figure = z.infer<typeof Figure>;

/**
 * Where an article sits on a printed page (数字报), in percent of the page's
 * width and height from its top-left corner.
 */
export const Region = z.object({
  page: z.number().int().positive(),
  x: z.number().min(0).max(100),
  y: z.number().min(0).max(100),
  width: z.number().positive().max(100),
  height: z.number().positive().max(100),
  line: z.number().int().positive(),
});
export type Region = z.infer<typeof Region>;

/** A printed page of an edition, as an image made from its PDF. */
export const Page = z.object({
  /** From 1, as printed: 第1版. */
  number: z.number().int().positive(),
  photo: Photo,
});
export type Page = z.infer<typeof Page>;

export const Article = z.object({
  /** `<edition id>/<slug>`: unique across the site. */
  id: z.string().min(1),
  slug: Id,
  editionId: Id,
  streetId: Id,
  date: CalendarDate,
  datePrecision: DatePrecision,
  /** Position in the printed edition, from 1. */
  order: z.number().int().positive(),
  section: z.string().min(1).optional(),
  title: z.string().min(1),
  kicker: z.string().min(1).optional(),
  subtitle: z.string().min(1).optional(),
  byline: z.string().min(1).optional(),
  credit: z.string().min(1).optional(),
  residenceIds: z.array(Id),
  awardIds: z.array(Id),
  figures: z.array(Figure),
  /** Where it was printed, when the edition keeps its pages: one region or more on each page it is on. */
  regions: z.array(Region),
  /** Sanitised HTML of the body, residential-area names linked. */
  html: z.string(),
  /** The body as plain text, for search, excerpts and feeds. */
  text: z.string(),
  /** 1-based line of the title in the edition file. */
  line: z.number().int().positive(),
});
export type Article = z.infer<typeof Article>;

export const Edition = z.object({
  id: Id,
  path: z.string().min(1),
  streetId: Id,
  districtId: Id,
  date: CalendarDate,
  datePrecision: DatePrecision,
  title: z.string().min(1).optional(),
  issue: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  /** What was not printed and had to be inferred, and from what: field or aspect → reason. */
  inferred: z.record(z.string(), z.string().min(1)),
  corrections: z.array(Correction),
  extras: z.array(Extra),
  source: z.string().min(1).optional(),
  /** The printed pages, when the edition was imported from its PDF (数字报); none otherwise. */
  pages: z.array(Page),
  articleIds: z.array(z.string()).min(1),
});
export type Edition = z.infer<typeof Edition>;

/** A problem found in content, reported as `path:line field: message (expected)`. */
export const ContentIssue = z.object({
  path: z.string(),
  line: z.number().int().nonnegative(),
  field: z.string(),
  message: z.string(),
  expected: z.string().optional(),
  severity: z.enum(['error', 'warning']),
});
export type ContentIssue = z.infer<typeof ContentIssue>;
