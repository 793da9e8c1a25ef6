/** A postal address as one line, the form every export and calendar writes. */

interface AddressParts {
  street?: string | undefined;
  city: string;
  region?: string | undefined;
  postal_code?: string | undefined;
}

/**
 * "1200 Example Ave, Lansing, MI 48912" (and ", US" when `country` is given). `withStreet: false`
 * leaves the street out, for private locations: the street must never be published.
 */
export function addressLine(
  address: AddressParts,
  { withStreet = true, country }: { withStreet?: boolean; country?: string | undefined } = {},
): string {
  const regionPostal = [address.region, address.postal_code].filter(Boolean).join(' ');
  return [withStreet ? address.street : undefined, address.city, regionPostal, country].filter(Boolean).join(', ');
}
