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
  const parts = new Map<string, string[]>();
  const files = await runExport(
    port,
    request,
    (chunk) => {
      if (zip) zip.add(chunk.file, chunk.text);
      else {
        const list = parts.get(chunk.file) ?? [];
        list.push(chunk.text);
        parts.set(chunk.file, list);
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
    blob: new Blob(parts.get(name) ?? [], { type: mediaType(name) }),
  }));
}
