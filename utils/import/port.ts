// The import port ('backstory-import'): the page sends the file's text in chunks, asks for a
// preview, then applies it with the user's choices while the background reports progress.
// The parsed file lives only as long as the port. Messages both ways are validated.
import * as v from 'valibot';
import type { BackstoryDb } from '../db-schema';
import type { ImportReport } from '../protocol';
import type { DataPort, PortOwner } from '../export/data-port';
import { errorText, isOwnPage } from '../export/data-port';
import type { Resolution } from './diff';
import type { ImportPreview } from './preview';
import { buildPreview, loadStored } from './preview';
import type { ReadImport } from './read';
import { readImport } from './read';
import { applyImport } from './apply';
import { takeStagedFile } from './transfer';

export const IMPORT_PORT = 'backstory-import';
export const CHUNK_CHARS = 1024 * 1024;
const MAX_CHARS = 1_000_000_000;

const Choice = v.picklist(['mine', 'theirs', 'both']);
const ResolutionSchema = v.object({
  all: Choice,
  byKey: v.record(v.pipe(v.string(), v.maxLength(300)), Choice),
});

const ClientMessageSchema = v.variant('type', [
  /** Part of the file's text, in order. */
  v.object({ type: v.literal('chunk'), text: v.pipe(v.string(), v.maxLength(CHUNK_CHARS)) }),
  /** The whole file is sent: check it and say what importing it would do. */
  v.object({ type: v.literal('preview') }),
  /** The file is in the `transfers` store under this id (see transfer.ts): take it, then as 'preview'. */
  v.object({ type: v.literal('staged'), id: v.pipe(v.string(), v.maxLength(100)) }),
  /** Write it, with these answers to the conflicts. */
  v.object({ type: v.literal('apply'), resolution: ResolutionSchema }),
]);
type ClientMessage = v.InferInput<typeof ClientMessageSchema>;

const Counts = v.object({
  new: v.number(),
  changed: v.number(),
  unchanged: v.number(),
  conflict: v.number(),
});
const Item = v.object({
  key: v.string(),
  kind: v.picklist(['entity', 'note']),
  label: v.string(),
  status: v.picklist(['new', 'changed', 'unchanged', 'conflict']),
  mine: v.optional(v.string()),
  theirs: v.optional(v.string()),
});
const PreviewSchema = v.object({
  kind: v.picklist(['pack', 'minimal', 'w3c']),
  name: v.optional(v.string()),
  settings: v.optional(v.record(v.string(), v.unknown())),
  migratedFrom: v.optional(v.number()),
  entities: Counts,
  notes: Counts,
  mentions: v.number(),
  noteVersions: v.number(),
  conflicts: v.array(Item),
  conflictCount: v.number(),
  changes: v.array(Item),
});

const ServerMessageSchema = v.variant('type', [
  v.object({ type: v.literal('received'), chars: v.number() }),
  v.object({ type: v.literal('preview'), preview: PreviewSchema }),
  /** The file is not valid: nothing can be written. */
  v.object({ type: v.literal('invalid'), errors: v.array(v.string()) }),
  v.object({ type: v.literal('progress'), done: v.number(), total: v.number() }),
  v.object({ type: v.literal('done'), report: v.object({ entities: v.number(), notes: v.number() }) }),
  v.object({ type: v.literal('error'), error: v.string() }),
]);
type ServerMessage =
  | { type: 'received'; chars: number }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'invalid'; errors: string[] }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; error: string };

export interface ImportPortDeps {
  /** The knowledge base, or the promise of it while it opens. */
  db: BackstoryDb | Promise<BackstoryDb>;
  owner: PortOwner;
  /** After a write: recompile the dictionary and tell every context. */
  onChanged: () => Promise<void> | void;
}

/** Serves one import port; call it synchronously in `runtime.onConnect`. */
export function serveImportPort(port: DataPort, deps: ImportPortDeps): void {
  const send = (message: ServerMessage) => port.postMessage(message);
  if (!isOwnPage(port.sender, deps.owner)) {
    send({ type: 'error', error: 'Refused: imports are for Backstory’s own pages.' });
    port.disconnect();
    return;
  }
  let parts: string[] = [];
  let chars = 0;
  let file: Extract<ReadImport, { ok: true }> | null = null;
  let busy = false;
  let closed = false;
  port.onDisconnect.addListener(() => {
    closed = true;
    parts = [];
    file = null;
  });
  const reply = (message: ServerMessage) => {
    if (!closed) send(message);
  };

  const preview = async (staged?: string) => {
    let text: string;
    if (staged === undefined) text = parts.join('');
    else {
      const taken = await takeStagedFile(await deps.db, staged);
      if (taken === null) return reply({ type: 'error', error: 'The file to import was not found.' });
      text = taken;
    }
    parts = [];
    const read = readImport(text);
    if (!read.ok) return reply({ type: 'invalid', errors: read.errors });
    file = read;
    reply({
      type: 'preview',
      preview: buildPreview(await loadStored(await deps.db), read.kind, read.records, read.meta),
    });
  };

  const apply = async (resolution: Resolution) => {
    if (!file) return reply({ type: 'error', error: 'Preview the file before importing it.' });
    const report = await applyImport(await deps.db, file.records, resolution, (done, total) =>
      reply({ type: 'progress', done, total }),
    );
    file = null;
    await deps.onChanged();
    reply({ type: 'done', report });
  };

  port.onMessage.addListener((raw) => {
    const parsed = v.safeParse(ClientMessageSchema, raw);
    if (!parsed.success) return reply({ type: 'error', error: 'Invalid import message.' });
    if (busy) return reply({ type: 'error', error: 'Wait for the previous step to finish.' });
    const message = parsed.output;
    if (message.type === 'chunk') {
      chars += message.text.length;
      if (chars > MAX_CHARS) return reply({ type: 'error', error: 'The file is too large to import.' });
      parts.push(message.text);
      return reply({ type: 'received', chars });
    }
    busy = true;
    (message.type === 'preview'
      ? preview()
      : message.type === 'staged'
        ? preview(message.id)
        : apply(message.resolution)
    )
      .catch((error: unknown) => reply({ type: 'error', error: `Nothing was imported: ${errorText(error)}` }))
      .finally(() => {
        busy = false;
      });
  });
}

/** Why an import stopped: a file that is not valid (every problem listed), or a failure. */
export class ImportFailure extends Error {
  override name = 'ImportFailure';
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** The page's side of one import: send the file, get its preview, apply it. */
export class ImportSession {
  private waiting: ((message: ServerMessage) => void) | null = null;
  private progress: (done: number, total: number) => void = () => undefined;
  private lost = false;

  constructor(private readonly port: DataPort) {
    port.onDisconnect.addListener(() => {
      this.lost = true;
      this.waiting?.({
        type: 'error',
        error: 'The connection to Backstory was lost; nothing more was written.',
      });
    });
    port.onMessage.addListener((raw) => {
      const parsed = v.safeParse(ServerMessageSchema, raw);
      const message: ServerMessage = parsed.success
        ? // The schema checks the shape; settings are checked again where they are applied.
          (parsed.output as ServerMessage)
        : { type: 'error', error: 'Backstory sent an import message that does not fit.' };
      if (message.type === 'progress') return this.progress(message.done, message.total);
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.(message);
    });
  }

  private ask(message: ClientMessage): Promise<ServerMessage> {
    if (this.lost) return Promise.reject(new ImportFailure('The connection to Backstory was lost.'));
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.port.postMessage(message);
    });
  }

  /** Sends the file's text and resolves with its preview; throws ImportFailure if it is invalid. */
  async preview(
    text: string,
    onSent: (sent: number, total: number) => void = () => undefined,
  ): Promise<ImportPreview> {
    for (let start = 0; start < text.length;) {
      let end = Math.min(text.length, start + CHUNK_CHARS);
      // Never split a surrogate pair between two messages.
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
      const answer = await this.ask({ type: 'chunk', text: text.slice(start, end) });
      start = end;
      if (answer.type !== 'received') throw failure(answer);
      onSent(answer.chars, text.length);
    }
    const answer = await this.ask({ type: 'preview' });
    if (answer.type === 'preview') return answer.preview;
    throw failure(answer);
  }

  /** Previews a file put in the `transfers` store (stageFile); throws ImportFailure if invalid. */
  async previewStaged(id: string): Promise<ImportPreview> {
    const answer = await this.ask({ type: 'staged', id });
    if (answer.type === 'preview') return answer.preview;
    throw failure(answer);
  }

  async apply(
    resolution: Resolution,
    onProgress: (done: number, total: number) => void,
  ): Promise<ImportReport> {
    this.progress = onProgress;
    const answer = await this.ask({ type: 'apply', resolution });
    if (answer.type === 'done') return answer.report;
    throw failure(answer);
  }

  close(): void {
    this.lost = true;
    this.port.disconnect();
  }
}

function failure(message: ServerMessage): ImportFailure {
  if (message.type === 'invalid')
    return new ImportFailure('The file was not imported (nothing was changed):', message.errors);
  if (message.type === 'error') return new ImportFailure(message.error);
  return new ImportFailure(`Unexpected answer from Backstory (${message.type}).`);
}
