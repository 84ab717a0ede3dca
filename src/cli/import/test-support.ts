/**
 * Shared by the import tests: where the real reference data is, scratch folders, and a terminal
 * stand-in that records what the command prints. The real data is only ever read; broken
 * variants are written to scratch folders.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandIo } from './command.ts';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const irccFile = resolve(projectRoot, '../shared/data/ircc/services-info-20221215a.london-middlesex.js');
export const hsdsExampleFolder = resolve(projectRoot, '../shared/data/hsds3-examples');
export const hsdsServiceFull = join(hsdsExampleFolder, 'service_full.json');

const scratchFolders: string[] = [];

export async function scratchFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'guichet-import-'));
  scratchFolders.push(folder);
  return folder;
}

export async function removeScratchFolders(): Promise<void> {
  await Promise.all(scratchFolders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

/** A copy of the HSDS example package to alter; returns its folder. */
export async function copyOfHsdsExample(): Promise<string> {
  const folder = join(await scratchFolder(), 'package');
  await cp(hsdsExampleFolder, folder, { recursive: true });
  return folder;
}

export interface RecordedIo extends CommandIo {
  out(): string;
  err(): string;
}

export function recordIo(): RecordedIo {
  let stdout = '';
  let stderr = '';
  return {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    out: () => stdout,
    err: () => stderr,
  };
}
