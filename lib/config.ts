/** Site-wide settings. SITE_URL is the one place the public origin comes from. */
export const SITE_NAME = '社区晨报';
export const SITE_DESCRIPTION = '上海各街道党工委联合出版的社区报纸网络版：按街道、居民区和日期阅读社区新闻。';

/**
 * The public origin, without a trailing slash. Set SITE_URL when building for
 * production; the default is a reserved example domain so that a forgotten
 * setting is obvious in canonical links rather than pointing somewhere real.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://shequchenbao.example').replace(/\/+$/, '');

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
