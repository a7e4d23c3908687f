/**
 * /services/directory.json: every service, with what the filters match and
 * its card drawn by ServiceCard, for the finder to load the first time
 * someone filters the directory (directoryData in service-directory.ts).
 */
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { servicesByName } from '../../content-model/collections/services.ts';
import ServiceCard from '../../features/finder/ServiceCard.astro';
import { directoryData } from '../../features/finder/service-directory.ts';

export const GET: APIRoute = async () => {
  // The container draws a component outside a page: the same card, markup and all, as /services/ draws, but
  // without its data-facets, which the file carries beside it.
  const container = await AstroContainer.create();
  const data = await directoryData(await servicesByName(), (service) =>
    container.renderToString(ServiceCard, { props: { service, carriesFacets: false } }),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
