import type { PictureModel } from '@/lib/photos';

/** A responsive photo as lib/photos/picture.ts describes it: AVIF and WebP sources, a JPEG <img> with its size. */
export function Picture({ model, className, loading = 'lazy' }: { model: PictureModel; className?: string; loading?: 'lazy' | 'eager' }) {
  const { img } = model;
  return (
    <picture className={className}>
      {model.sources.map((s) => (
        <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={img.sizes} />
      ))}
      <img src={img.src} srcSet={img.srcSet} sizes={img.sizes} width={img.width} height={img.height} alt={img.alt} loading={loading} decoding="async" />
    </picture>
  );
}
