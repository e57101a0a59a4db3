import { pageMetadata } from '@/lib/publish';

export const metadata = pageMetadata({ title: '找不到这个页面', description: '您要找的页面不存在或已移动。', path: '/404/' });

export default function NotFound() {
  return (
    <div className="max-w-measure py-10">
      <h1>找不到这个页面</h1>
      <p className="mt-4">您要找的页面不存在，可能是网址输入有误，或页面已经移动。</p>
      <ul className="mt-4 list-disc pl-6">
        <li><a href="/">回到首页</a></li>
        <li><a href="/streets/">按街道浏览</a></li>
        <li><a href="/archive/">查看往期报纸</a></li>
      </ul>
    </div>
  );
}
