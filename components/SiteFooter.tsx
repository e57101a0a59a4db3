import { SITE_NAME } from '@/lib/config';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-surface">
      <div className="mx-auto max-w-page px-4 py-6 text-sm text-muted">
        <p>
          {SITE_NAME}网络版 · 内容来自各街道出版的纸质报纸，按原文转录。
          <a href="/about/">关于本站</a>
        </p>
      </div>
    </footer>
  );
}
