// The export port ('backstory-export'): the page asks for an export and pulls its chunks one
// batch at a time. The background prepares the next batch while the page takes the last one,
// and never more than that, so it runs at most one batch ahead. Messages in both directions
// are validated.
import * as v from 'valibot';
import type { BackstoryDb } from '../db-schema';
import type { DataPort, PortOwner } from './data-port';
import { errorText, isOwnPage } from './data-port';
import type { ExportChunk, ExportRequest } from './stream';
import { ExportRequestSchema, exportChunks, exportFiles } from './stream';

export const EXPORT_PORT = 'backstory-export';

/** About this much text goes in one message. */
const BATCH_CHARS = 2 * 1024 * 1024;

const ClientMessageSchema = v.variant('type', [
  /** Start an export; the first batch follows. */
  v.object({ type: v.literal('start'), request: ExportRequestSchema }),
  /** Send the next batch. */
  v.object({ type: v.literal('pull') }),
]);
type ClientMessage = v.InferInput<typeof ClientMessageSchema>;

const ChunkSchema = v.object({
  file: v.string(),
  text: v.string(),
  done: v.number(),
  total: v.number(),
});

const ServerMessageSchema = v.variant('type', [
  /** Some chunks, in order. */
  v.object({ type: v.literal('chunks'), chunks: v.array(ChunkSchema) }),
  /** The export is complete: these are its files. */
  v.object({ type: v.literal('end'), files: v.array(v.string()) }),
  v.object({ type: v.literal('error'), error: v.string() }),
]);
type ServerMessage = v.InferOutput<typeof ServerMessageSchema>;

/**
 * Serves one export port. Call it synchronously in `runtime.onConnect` (the page's first
 * message may already be on its way); `db` may still be opening.
 */
export function serveExportPort(
  port: DataPort,
  db: BackstoryDb | Promise<BackstoryDb>,
  owner: PortOwner,
): void {
  const send = (message: ServerMessage) => port.postMessage(message);
  if (!isOwnPage(port.sender, owner)) {
    send({ type: 'error', error: 'Refused: exports are for Backstory’s own pages.' });
    port.disconnect();
    return;
  }
  let chunks: AsyncGenerator<ExportChunk> | null = null;
  let files: string[] = [];
  let closed = false;
  let busy = false;
  /** The next batch, being read while the page takes the one before. */
  let prepared: Promise<{ batch: ExportChunk[]; end: boolean }> | null = null;
  port.onDisconnect.addListener(() => {
    closed = true;
    void chunks?.return(undefined);
  });

  const readBatch = async (source: AsyncGenerator<ExportChunk>) => {
    const batch: ExportChunk[] = [];
    let size = 0;
    while (size < BATCH_CHARS) {
      const next = await source.next();
      if (next.done) return { batch, end: true };
      batch.push(next.value);
      size += next.value.text.length;
    }
    return { batch, end: false };
  };

  const prepare = (source: AsyncGenerator<ExportChunk>) => {
    const batch = readBatch(source);
    // Observed here; a failure is reported when the page asks for this batch.
    batch.catch(() => undefined);
    return batch;
  };

  const sendBatch = async (source: AsyncGenerator<ExportChunk>) => {
    const next = prepared ?? prepare(source);
    prepared = null;
    const { batch, end } = await next;
    if (batch.length > 0) send({ type: 'chunks', chunks: batch });
    if (end) send({ type: 'end', files });
    else if (!closed) prepared = prepare(source);
  };

  port.onMessage.addListener((raw) => {
    const parsed = v.safeParse(ClientMessageSchema, raw);
    if (!parsed.success || closed || busy) {
      send({ type: 'error', error: busy ? 'Wait for the previous batch.' : 'Invalid export request.' });
      return;
    }
    const message = parsed.output;
    if (message.type === 'start') {
      if (chunks) return send({ type: 'error', error: 'This export has already started.' });
      files = exportFiles(message.request.format);
      const request = message.request;
      chunks = (async function* () {
        yield* exportChunks(await db, request);
      })();
    }
    if (!chunks) return send({ type: 'error', error: 'Start an export first.' });
    busy = true;
    sendBatch(chunks)
      .catch((error: unknown) => {
        if (!closed) send({ type: 'error', error: `The export failed: ${errorText(error)}` });
      })
      .finally(() => {
        busy = false;
      });
  });
}

export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * The page's side: runs an export over `port`, handing each chunk to `onChunk` in order.
 * Resolves with the export's file names when complete.
 */
export function runExport(
  port: DataPort,
  request: ExportRequest,
  onChunk: (chunk: ExportChunk) => void,
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, files: string[] = []) => {
      if (settled) return;
      settled = true;
      port.disconnect();
      if (error) reject(error);
      else resolve(files);
    };
    const pull = (message: ClientMessage) => port.postMessage(message);
    port.onDisconnect.addListener(() => finish(new Error('The connection to Backstory was lost.')));
    port.onMessage.addListener((raw) => {
      const parsed = v.safeParse(ServerMessageSchema, raw);
      if (!parsed.success) return finish(new Error('Backstory sent an export message that does not fit.'));
      const message = parsed.output;
      if (message.type === 'error') return finish(new Error(message.error));
      if (message.type === 'end') return finish(null, message.files);
      try {
        for (const chunk of message.chunks) onChunk(chunk);
      } catch (error) {
        return finish(error instanceof Error ? error : new Error(String(error)));
      }
      const last = message.chunks[message.chunks.length - 1];
      if (last) onProgress({ done: last.done, total: last.total });
      pull({ type: 'pull' });
    });
    pull({ type: 'start', request });
  });
}
