import path from 'node:path';
import { makeCity } from './scripts/city';
import { buildSite } from './scripts/build-site';
const n = Number(process.argv[2] ?? 1000);
const dir = await makeCity('content', path.resolve(`bench-corpus/city-${n}`), { editions: n });
const steps = buildSite(dir, `bench-corpus/site-city-${n}`, { CHENBAO_CACHE_DIR: path.resolve('bench-corpus/cache') }, { check: true });
for (const s of steps) console.log(`${s.name}: ${s.seconds.toFixed(1)} s, ${s.peakMiB?.toFixed(0)} MiB`);
