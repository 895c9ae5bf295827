/** Where the atlas puts places, read from the built fact base so tests never hard-code coordinates. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Entity {
  id: string;
  name: string;
  coordinates?: [number, number];
}

const factbase = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../dist/generated/factbase.json', import.meta.url)),
    'utf8',
  ),
) as { entities: Entity[] };

export function place(id: string): { name: string; lng: number; lat: number } {
  const entity = factbase.entities.find((e) => e.id === id);
  if (!entity?.coordinates) throw new Error(`no place "${id}" with coordinates in the fact base`);
  const [lng, lat] = entity.coordinates;
  return { name: entity.name, lng, lat };
}

/** A link that opens the map centred on a place, at a zoom where it stands apart from others. */
export function centredOn(id: string, zoom = 7): string {
  const { lng, lat } = place(id);
  return `/#map=${zoom}/${lat}/${lng}`;
}
