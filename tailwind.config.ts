/**
 * The design tokens. Colours are CSS variables set in app/globals.css, so one
 * `prefers-color-scheme` block switches the whole palette to dark.
 */
import type { Config } from 'tailwindcss';

const cjkSans = ['"PingFang SC"', '"Hiragino Sans GB"', '"Noto Sans CJK SC"', '"Source Han Sans SC"', '"Microsoft YaHei"', 'system-ui', 'sans-serif'];
const cjkSerif = ['"Noto Serif CJK SC"', '"Source Han Serif SC"', '"Songti SC"', 'STSong', 'SimSun', 'serif'];

export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        paper: 'var(--color-paper)',
        surface: 'var(--color-surface)',
        ink: 'var(--color-ink)',
        muted: 'var(--color-muted)',
        rule: 'var(--color-rule)',
        accent: 'var(--color-accent)',
        'accent-ink': 'var(--color-accent-ink)',
        focus: 'var(--color-focus)',
      },
      fontFamily: {
        sans: cjkSans,
        serif: cjkSerif,
      },
      fontSize: {
        // Chinese reads best a little larger than Latin at the same size.
        body: ['1.0625rem', { lineHeight: '1.85' }],
        headline: ['1.75rem', { lineHeight: '1.35' }],
        masthead: ['2.25rem', { lineHeight: '1.1' }],
      },
      maxWidth: {
        // About 36 Chinese characters: a comfortable measure for long reading.
        measure: '38rem',
        page: '72rem',
      },
    },
  },
} satisfies Config;
