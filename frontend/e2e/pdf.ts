import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));

/** award-service's own PDFBox (its built application's libraries). */
const PDFBOX_CLASSPATH =
  process.env.E2E_PDFBOX_CLASSPATH ?? `${resolve(HERE, '../../award-service/target/quarkus-app/lib/main')}/*`;

/** Opens a downloaded PDF with PDFBox (e2e/pdf/PdfText.java): its number of pages and its text, line breaks as spaces. */
export async function readPdf(path: string): Promise<{ pages: number; text: string }> {
  const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
  const { stdout } = await run(java, ['-cp', PDFBOX_CLASSPATH, resolve(HERE, 'pdf/PdfText.java'), path], {
    timeout: 60_000,
    maxBuffer: 10 * 1024 * 1024,
  });
  const newline = stdout.indexOf('\n');
  return { pages: Number(stdout.slice(0, newline)), text: stdout.slice(newline + 1).replace(/\s+/g, ' ') };
}
