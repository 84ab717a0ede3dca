/**
 * The exchange API as the page uses it: the two export addresses, and the upload of a file for
 * a preview or for the import. A file goes as it is (JSON, or the zip's bytes), same-origin,
 * which is what the server's cross-site guard asks of the import.
 */
import { NO_ANSWER } from '../staff/staff-api.ts';

export interface ExchangeProblem {
  table: string | null;
  row: number | null;
  id: string | null;
  field: string | null;
  message: string;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
}

export interface ImportPreview {
  file: { organizations: number; services: number; locations: number };
  counts: ImportCounts;
  errors: ExchangeProblem[];
  errorCount: number;
  warnings: ExchangeProblem[];
}

export type UploadResult = { ok: true; preview: ImportPreview } | { ok: false; status: number; error: string; preview: ImportPreview | null };

export const exportPath = (regionId: string, format: 'json' | 'zip') =>
  `/api/exchange/${encodeURIComponent(regionId)}/${format === 'json' ? 'hsds.json' : 'datapackage.zip'}`;

/** The file's type by its name: what the server reads it as. */
export function uploadType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.zip')) return 'application/zip';
  return null;
}

const isPreview = (body: Record<string, unknown>) => typeof body.counts === 'object' && Array.isArray(body.errors);

/** Sends the file for a preview (nothing written) or for the import (all or nothing). */
export async function sendFile(regionId: string, file: File, commit: boolean): Promise<UploadResult> {
  const type = uploadType(file) ?? 'application/octet-stream';
  let response: Response;
  try {
    response = await fetch(`/api/exchange/${encodeURIComponent(regionId)}/import${commit ? '' : '/preview'}`, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': type, Accept: 'application/json', 'X-File-Name': encodeURIComponent(file.name).slice(0, 200) },
      body: file,
    });
  } catch {
    return { ok: false, status: NO_ANSWER, error: '', preview: null };
  }
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // No JSON: the status says enough.
  }
  const preview = isPreview(body) ? (body as unknown as ImportPreview) : null;
  if (response.ok && preview) return { ok: true, preview };
  return { ok: false, status: response.status, error: typeof body.error === 'string' ? body.error : '', preview };
}
