import { SITE_NAME } from '@/lib/config';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div>
        <p>
          {SITE_NAME}网络版 · 内容来自各街道出版的纸质报纸，按原文转录。
          <a href="/about/">关于本站</a>
        </p>
      </div>
    </footer>
  );
}
