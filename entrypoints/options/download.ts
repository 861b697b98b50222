// Saves text as a file through a temporary link (utils/export/download.ts does the saving).
import { saveBlob } from '../../utils/export/download';

export function downloadText(text: string, filename: string, type = 'application/json'): void {
  saveBlob(new Blob([text], { type }), filename);
}
