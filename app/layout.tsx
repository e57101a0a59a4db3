import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '@/lib/config';
import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { ELDER_BOOT_SCRIPT } from '@/lib/browser';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: SITE_NAME,
  description: SITE_DESCRIPTION,
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#151413' },
  ],
};

/** Set by `npm run dev` (scripts/dev.ts): where a saved content file is announced. Never set in a build. */
const DEV_RELOAD = process.env.NODE_ENV === 'development' ? process.env.CHENBAO_DEV_RELOAD : undefined;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // Our boot script sets data-elder on <html> before the first paint, and elder.js shows the
    // switch: pages that hydrate (search, and every page under next dev) must not treat that as a mismatch.
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        {/* Applies a saved 长辈模式 before the first paint, so the page never flashes the normal style. */}
        <script dangerouslySetInnerHTML={{ __html: ELDER_BOOT_SCRIPT }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <script src="/js/elder.js" defer />
        {DEV_RELOAD && <script dangerouslySetInnerHTML={{ __html: `new EventSource(${JSON.stringify(DEV_RELOAD)}).onmessage=function(){location.reload()}` }} />}
      </body>
    </html>
  );
}
