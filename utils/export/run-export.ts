// The page's whole export: reads its chunks (straight from the knowledge base, or over the
// export port) and turns them into files (Blobs built from parts, or one zip), ready to save.
import * as v from 'valibot';
import type { BackstoryDb } from '../db-schema';
import type { OpenDb } from '../page-db';
import { openInPage } from '../page-db';
import type { DataPort } from './data-port';
import { runExport } from './port';
import type { ExportProgress } from './port';
import type { ExportChunk, ExportRequest } from './stream';
import { ExportRequestSchema, exportChunks, exportFiles } from './stream';
import { ZipWriter } from './zip';
import { mediaType } from './download';

/** Runs an export, handing each chunk on in order; resolves with the file names. */
export type ChunkSource = (
  onChunk: (chunk: ExportChunk) => void,
  onProgress: (progress: ExportProgress) => void,
) => Promise<string[]>;

/**
 * The export read in this page, from the knowledge base (extension pages share its origin): no
 * text crosses between processes, which is most of the time of a large export over the port.
 * Each page of records is read in its own short transaction, so the page keeps drawing.
 */
export function fromDatabase(db: BackstoryDb, request: ExportRequest): ChunkSource {
  return async (onChunk, onProgress) => {
    const checked = v.parse(ExportRequestSchema, request);
    let since = performance.now();
    for await (const chunk of exportChunks(db, checked)) {
      onChunk(chunk);
      onProgress({ done: chunk.done, total: chunk.total });
      // Chunks made from records already read follow one another without a task boundary;
      // let the page draw (and the user click) between them. No transaction spans a chunk.
      if (performance.now() - since > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        since = performance.now();
      }
    }
    return exportFiles(checked.format);
  };
}

/** Longest run of export work before the page gets a turn, in ms. */
const SLICE_MS = 40;

/** The export made by the background and sent over `port` (see port.ts). */
export function fromPort(port: DataPort, request: ExportRequest): ChunkSource {
  return (onChunk, onProgress) => runExport(port, request, onChunk, onProgress);
}

/**
 * An export read in this page when the knowledge base opens here (closed again after), and
 * from `fallback` (the background) where it does not.
 */
export async function exportInPage(
  open: OpenDb,
  request: ExportRequest,
  fallback: () => ChunkSource,
  options: { zip: boolean; stamp: string },
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportedFile[]> {
  const db = await openInPage(open, 'exporting through the background instead');
  if (!db) return exportToFiles(fallback(), options, onProgress);
  try {
    return await exportToFiles(fromDatabase(db, request), options, onProgress);
  } finally {
    db.close();
  }
}

export interface ExportedFile {
  name: string;
  blob: Blob;
}

export async function exportToFiles(
  source: ChunkSource,
  options: { zip: boolean; stamp: string },
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportedFile[]> {
  const zip = options.zip ? new ZipWriter() : null;
  const parts = new Map<string, BlobParts>();
  const files = await source((chunk) => {
    if (zip) zip.add(chunk.file, chunk.text);
    else {
      const file = parts.get(chunk.file) ?? new BlobParts();
      file.add(chunk.text);
      parts.set(chunk.file, file);
    }
  }, onProgress);
  const stamped = (name: string) => name.replace(/(\.[a-z]+)$/u, `-${options.stamp}$1`);
  if (zip)
    return [
      { name: `backstory-${options.stamp}.zip`, blob: new Blob(zip.finish(), { type: 'application/zip' }) },
    ];
  return files.map((name) => ({
    name: stamped(name),
    blob: (parts.get(name) ?? new BlobParts()).finish(mediaType(name)),
  }));
}

/** Text gathered into a Blob this many characters at a time. */
const BLOB_SLICE_CHARS = 8 * 1024 * 1024;

/**
 * A file's text turned into Blobs a slice at a time as it arrives, so the page never encodes
 * hundreds of megabytes in one go at the end (which held it for a second); the file is then a
 * Blob of Blobs, which costs nothing to make.
 */
export class BlobParts {
  private readonly blobs: Blob[] = [];
  private texts: string[] = [];
  private chars = 0;

  add(text: string): void {
    this.texts.push(text);
    this.chars += text.length;
    if (this.chars >= BLOB_SLICE_CHARS) this.flush();
  }

  finish(type: string): Blob {
    this.flush();
    return new Blob(this.blobs, { type });
  }

  private flush(): void {
    if (this.texts.length > 0) this.blobs.push(new Blob(this.texts));
    this.texts = [];
    this.chars = 0;
  }
}
