/** Documentation links for findings that come from no single Google feature. */
export const DOCS = {
  jsonLd: 'https://www.w3.org/TR/json-ld11/#node-identifiers',
  generalGuidelines:
    'https://developers.google.com/search/docs/appearance/structured-data/sd-policies',
  dates: 'https://schema.org/DateTime',
  price: 'https://schema.org/price',
  currency: 'https://schema.org/priceCurrency',
  faq: 'https://developers.google.com/search/docs/appearance/structured-data/faqpage',
} as const;
