import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));

/** Where the stack's Kafka client jars are (built by ./thidua with the launcher). */
const KAFKA_CLASSPATH =
  process.env.E2E_KAFKA_CLASSPATH ?? `${resolve(HERE, '../../deploy/launcher/target/kafka-lib')}/*`;
const BOOTSTRAP = process.env.E2E_KAFKA_BOOTSTRAP ?? 'localhost:9092';

/**
 * The first event on `topic` with record key `key` whose JSON contains `text`, read from the running
 * broker by a real Kafka consumer (e2e/kafka/TopicReader.java); fails after `timeoutMs`.
 */
export async function readEvent(
  topic: string,
  key: string,
  text: string,
  timeoutMs = 30_000,
): Promise<Record<string, unknown>> {
  const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
  const { stdout } = await run(
    java,
    ['-cp', KAFKA_CLASSPATH, resolve(HERE, 'kafka/TopicReader.java'), BOOTSTRAP, topic, key, text, String(timeoutMs)],
    { timeout: timeoutMs + 60_000, maxBuffer: 10 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim()) as Record<string, unknown>;
}
