import { serializeJsonLd } from '@/lib/publish';

type Json = Parameters<typeof serializeJsonLd>[0];

/** Structured data for search engines; serialised with `<` escaped so content cannot break out. */
export function JsonLd({ data }: { data: Json }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
