/**
 * The HSDS exchange under /api/exchange/:regionId, for admins and the region's coordinators:
 * the region's live listings as HSDS 3 JSON or as a tabular datapackage (zip), and the import
 * of either format (a preview that writes nothing, then the import itself, all or nothing).
 */
import { Hono, type Context } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import { requireCaller } from '../../auth/caller-middleware.ts';
import type { Db } from '../../listings/listing-rows.ts';
import { requireRegionLead } from '../../listings/listing-access.ts';
import { listingActor } from '../listings/listing-actor.ts';
import { Refusal } from '../../security/refusal.ts';
import { findRegion } from '../../../shared/regions.ts';
import { commitImport, prepareImport, type Upload } from '../../hsds/exchange-import.ts';
import { datapackageZip } from '../../hsds/hsds-datapackage.ts';
import { hsdsJsonText } from '../../hsds/hsds-document.ts';
import { liveDirectory, releasedRegion } from '../../hsds/live-listings.ts';

export interface ExchangeRouteDeps {
  db: Db;
  now: () => Date;
  /** Called after an import: rebuilds the region's bundle at once so phones get it. */
  onRelease: (regionId: string) => Promise<void>;
}

type ExchangeContext = Context<{ Variables: AppVariables }>;

const ZIP_TYPES = new Set(['application/zip', 'application/x-zip-compressed']);

/** The region asked for, once the caller is its coordinator or an admin. */
function regionLedBy(c: ExchangeContext): string {
  const regionId = c.req.param('regionId') ?? '';
  requireRegionLead(requireCaller(c), regionId, 'Only the LIP of this region and administrators can exchange its listings.');
  return regionId;
}

/** The name a person gave the file, for the problems list: its last path part, printable. */
function uploadName(c: ExchangeContext, format: Upload['format']): string {
  let raw = c.req.header('X-File-Name') ?? '';
  try {
    raw = decodeURIComponent(raw); // browsers send header values in Latin-1 only, so the page encodes the name
  } catch {
    // Not encoded: used as it came.
  }
  const given = raw.split(/[\\/]/).pop()?.replace(/[^\p{L}\p{N} ._()-]/gu, '').slice(0, 100);
  return given || (format === 'zip' ? 'datapackage.zip' : 'hsds.json');
}

async function readUpload(c: ExchangeContext): Promise<Upload> {
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  const format = type === 'application/json' ? 'json' : ZIP_TYPES.has(type) ? 'zip' : null;
  if (!format) throw new Refusal(415, 'Send an HSDS JSON file (application/json) or a datapackage zip (application/zip).');
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) throw new Refusal(400, 'The file is empty.');
  return { bytes, format, fileName: uploadName(c, format) };
}

export function exchangeRoutes({ db, now, onRelease }: ExchangeRouteDeps): Hono<{ Variables: AppVariables }> {
  const app = new Hono<{ Variables: AppVariables }>();

  app.use('/exchange/*', async (c, next) => {
    await next();
    // Exports carry who verified each service: never kept by a shared cache.
    c.header('Cache-Control', 'no-store');
  });

  async function directoryOf(c: ExchangeContext) {
    const regionId = regionLedBy(c);
    const directory = await liveDirectory(db, regionId, now().toISOString());
    if (!directory) throw new Refusal(404, `Region ${regionId} has no published listings.`);
    return directory;
  }

  app.get('/exchange/:regionId/hsds.json', async (c) => {
    const directory = await directoryOf(c);
    c.header('Content-Type', 'application/json; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="guichet-${directory.region.id}-hsds.json"`);
    return c.body(hsdsJsonText(directory));
  });

  app.get('/exchange/:regionId/datapackage.zip', async (c) => {
    const directory = await directoryOf(c);
    c.header('Content-Type', 'application/zip');
    c.header('Content-Disposition', `attachment; filename="guichet-${directory.region.id}-datapackage.zip"`);
    return c.body(datapackageZip(directory) as Uint8Array<ArrayBuffer>);
  });

  app.post('/exchange/:regionId/import/preview', async (c) => {
    const regionId = regionLedBy(c);
    const prepared = await prepareImport(db, regionId, await readUpload(c));
    return c.json(prepared.preview);
  });

  app.post('/exchange/:regionId/import', async (c) => {
    const regionId = regionLedBy(c);
    const region = (await releasedRegion(db, regionId))?.region ?? findRegion(regionId)?.region;
    if (!region) throw new Refusal(404, `No region ${regionId} is known here.`);
    const prepared = await prepareImport(db, regionId, await readUpload(c));
    const { errorCount } = prepared.preview;
    if (errorCount > 0) {
      throw new Refusal(400, `The file has ${errorCount} ${errorCount === 1 ? 'problem' : 'problems'}; nothing was imported.`, { ...prepared.preview });
    }
    const counts = await commitImport(db, region, prepared, await listingActor(db, c), now().toISOString());
    await onRelease(regionId);
    return c.json({ ...prepared.preview, counts });
  });

  return app;
}
