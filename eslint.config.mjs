import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    ignores: ['out/**', '.next/**', '.tmp/**', '.cache/**', 'bench-corpus/**', 'test-results/**', 'playwright-report/**', 'public/js/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Pages link with plain <a> on purpose: full-page navigation works without
      // the framework's client router, so reading pages need no JavaScript.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
];

export default config;
