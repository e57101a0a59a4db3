import { getContent, residenceLabel, streetName } from '@/lib/publish';

export const dynamic = 'force-static';

/** The residential areas by street, for the search form's second filter (fetched once a street is chosen). */
export async function GET() {
  const c = await getContent();
  const byStreet: Record<string, string[]> = {};
  for (const r of c.gazetteer.residences) (byStreet[streetName(c, r.streetId)] ??= []).push(residenceLabel(r));
  return new Response(JSON.stringify(byStreet), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
