/**
 * The public HSDS API under /api/hsds, following the HSDS 3.0 API reference: no account, read
 * only, from the same bundle phones get (so never who verified a service). Every answer is
 * cacheable for a minute and revalidated by an ETag made of the bundle's ETag and the query.
 */
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { DirectorySource } from '../../directory-source.ts';
import { Refusal } from '../../security/refusal.ts';
import { guichetExtensions, HSDS_PROFILE, HSDS_VERSION } from '../../hsds/hsds-profile.ts';
import { listQueryOf, pageOf, pagingOf } from '../../hsds/hsds-query.ts';
import { readModelOf, type HsdsReadModel } from '../../hsds/hsds-read-model.ts';
import { hsdsTaxonomies, hsdsTaxonomyTerms } from '../../hsds/hsds-taxonomy.ts';

export interface HsdsApiDeps {
  directory: DirectorySource;
}

/** Query parameters in a fixed order, so `?a=1&b=2` and `?b=2&a=1` share one ETag. */
function queryKey(c: Context): string {
  const params = [...new URL(c.req.url).searchParams].sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
  return new URLSearchParams(params).toString();
}

const matches = (header: string | undefined, etag: string) => header !== undefined && header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);

export function hsdsApiRoutes({ directory }: HsdsApiDeps): Hono {
  const app = new Hono();

  /** Answers 304 when the client has this answer already; else computes it. */
  function cached(handler: (model: HsdsReadModel, c: Context) => unknown) {
    return (c: Context) => {
      const bundle = directory.current();
      const etag = `"${createHash('sha256').update(`${bundle.etag}\u0000${c.req.path}\u0000${queryKey(c)}`).digest('base64url').slice(0, 27)}"`;
      // Anyone may read it, from any site: it is the public directory.
      c.header('Access-Control-Allow-Origin', '*');
      // Only answers that succeeded carry an ETag, so a client holding one asked a valid query.
      if (matches(c.req.header('If-None-Match'), etag)) {
        c.header('ETag', etag);
        c.header('Cache-Control', 'public, max-age=60');
        return c.body(null, 304);
      }
      const body = handler(readModelOf(bundle.value), c);
      c.header('ETag', etag);
      c.header('Cache-Control', 'public, max-age=60');
      return c.json(body);
    };
  }

  app.get(
    '/',
    cached(() => ({
      version: HSDS_VERSION,
      profile: HSDS_PROFILE,
      description: 'Settlement services for newcomers, from the listings the agencies publish in Guichet.',
      guichet_extensions: guichetExtensions,
    })),
  );

  app.get('/services', cached(servicePage));

  app.get(
    '/services/:id',
    cached((model, c) => model.fullService(c.req.param('id') ?? '') ?? notFound('service')),
  );

  app.get(
    '/organizations',
    cached((model, c) => {
      const query = listQueryOf(c.req.query());
      return pageOf(model.organizations(query.search), query);
    }),
  );

  app.get(
    '/organizations/:id',
    cached((model, c) => model.fullOrganization(c.req.param('id') ?? '', c.req.query('full_service') === 'true') ?? notFound('organization')),
  );

  app.get(
    '/service_at_locations',
    cached((model, c) => {
      const query = listQueryOf(c.req.query());
      return pageOf(model.serviceAtLocations(query), query);
    }),
  );

  app.get('/taxonomies', cached((_, c) => pageOf(hsdsTaxonomies(), pagingOf(c.req.query()))));

  app.get(
    '/taxonomy_terms',
    cached((_, c) => {
      const { parent_id: parentId, taxonomy_id: taxonomyId, top_only: topOnly } = c.req.query();
      const terms = hsdsTaxonomyTerms().filter(
        (term) => (!parentId || term.parent_id === parentId) && (!taxonomyId || term.taxonomy_id === taxonomyId) && (topOnly !== 'true' || term.parent_id === undefined),
      );
      return pageOf(terms, pagingOf(c.req.query()));
    }),
  );

  return app;
}

/** Paged first, then shaped: only the page's services are turned into HSDS records. */
function servicePage(model: HsdsReadModel, c: Context) {
  const query = listQueryOf(c.req.query());
  const page = pageOf(model.services(query), query);
  return { ...page, contents: page.contents.map(model.serviceListItem) };
}

function notFound(kind: string): never {
  throw new Refusal(404, `No ${kind} has this id.`);
}
