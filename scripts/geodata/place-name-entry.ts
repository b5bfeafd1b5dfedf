/** One curated gazetteer row; see place-names.ts for what the fields mean. */
export interface PlaceName {
  name: string;
  country: string;
  nameLocal: string;
  altNames: string[];
  /** GeoNames id, where the name alone is ambiguous within the country. */
  cityId?: number;
  /** Stable id when the GeoNames name would make a poor one ("Horad Zhodzina"). */
  id?: string;
  /** Only for places the GeoNames packages lack; say why and how exact. */
  manual?: { lon: number; lat: number; note: string };
}

export const p = (name: string, country: string, nameLocal: string, altNames: string[] = [], extra: Partial<PlaceName> = {}): PlaceName =>
  ({ name, country, nameLocal, altNames, ...extra });

