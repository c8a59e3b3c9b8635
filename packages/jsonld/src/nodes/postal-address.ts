import type { PostalAddress as ContentAddress } from '@aira/content-schema';
import type { PostalAddress } from 'schema-dts';

/** A content-model address as a schema.org `PostalAddress` (country as ISO 3166-1 code). */
export function postalAddress(address: ContentAddress): PostalAddress {
  return {
    '@type': 'PostalAddress',
    streetAddress: address.streetAddress,
    postalCode: address.postalCode,
    addressLocality: address.locality,
    addressRegion: address.region,
    addressCountry: address.country,
  };
}
