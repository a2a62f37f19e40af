import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));

/** bloc-service's own Apache POI (its built application's libraries). */
const POI_CLASSPATH =
  process.env.E2E_POI_CLASSPATH ?? `${resolve(HERE, '../../bloc-service/target/quarkus-app/lib/main')}/*`;

/** Writes `rows` (the header row first) to an .xlsx at `path` laid out as the app's templates (e2e/xlsx/Sheet.java). */
export async function writeSheet(path: string, rows: readonly (readonly string[])[]) {
  const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
  await run(java, ['-cp', POI_CLASSPATH, resolve(HERE, 'xlsx/Sheet.java'), path, ...rows.map((r) => r.join('|'))], {
    timeout: 60_000,
  });
}
