// The page's whole export: runs it over the port and turns the chunks into files (Blobs built
// from parts, or one zip), ready to save.
import type { DataPort } from './data-port';
import { runExport } from './port';
import type { ExportProgress } from './port';
import type { ExportRequest } from './stream';
import { ZipWriter } from './zip';
import { mediaType } from './download';

export interface ExportedFile {
  name: string;
  blob: Blob;
}

export async function exportToFiles(
  port: DataPort,
  request: ExportRequest,
  options: { zip: boolean; stamp: string },
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportedFile[]> {
  const zip = options.zip ? new ZipWriter() : null;
  const parts = new Map<string, BlobParts>();
  const files = await runExport(
    port,
    request,
    (chunk) => {
      if (zip) zip.add(chunk.file, chunk.text);
      else {
        const file = parts.get(chunk.file) ?? new BlobParts();
        file.add(chunk.text);
        parts.set(chunk.file, file);
      }
    },
    onProgress,
  );
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
