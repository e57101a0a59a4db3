/**
 * Once before the browser tests: builds the fixture site (scripts/fixture-site.ts)
 * and serves it with the production nginx block on FIXTURE_PORT, as out/ is
 * served on the main port. E2E_REUSE_FIXTURE=1 keeps an existing build (local runs).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { buildSite } from '../../scripts/build-site';
import { FIXTURE_CONTENT, FIXTURE_SITE, makeFixtureContent } from '../../scripts/fixture-site';
import { FIXTURE_ORIGIN, FIXTURE_PORT } from './helpers';

const answers = () => fetch(`${FIXTURE_ORIGIN}/`).then((r) => r.ok, () => false);

export default async function globalSetup(): Promise<() => void> {
  if (!(process.env.E2E_REUSE_FIXTURE && fs.existsSync(FIXTURE_SITE))) {
    await makeFixtureContent();
    const steps = await buildSite(FIXTURE_CONTENT, FIXTURE_SITE);
    console.log(`fixture site built: ${steps.map((s) => `${s.name} ${s.seconds.toFixed(0)} s`).join(', ')}`);
  }
  // A server already answering would be another run's, serving another build.
  if (await answers()) throw new Error(`port ${FIXTURE_PORT} is taken: another test run? Set E2E_PORT to run beside it.`);
  const server = spawn('bash', ['scripts/nginx-test.sh', String(FIXTURE_PORT), FIXTURE_SITE], { detached: true, stdio: 'ignore' });
  let exited: number | null = null;
  server.on('exit', (code) => (exited = code ?? -1));
  for (let i = 0; i < 60 && exited === null; i++) {
    if (await answers()) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (exited !== null) throw new Error(`the fixture server (scripts/nginx-test.sh ${FIXTURE_PORT}) exited with ${exited}`);
  return () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch (e) {
      // ESRCH: it has already gone, which is what teardown wants.
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
    }
  };
}
