import type { Price } from '@aira/content-schema';
import type { Offer, PriceSpecification } from 'schema-dts';
import { decimalPrice } from '../helpers/decimal.js';

const UNIT_TEXT: Record<'nl' | 'en', Record<Price['per'], string>> = {
  nl: { person: 'per persoon', session: 'per sessie', group: 'per groep' },
  en: { person: 'per person', session: 'per session', group: 'per group' },
};

/** Extra Offer fields the caller knows: the page to book on, availability. */
export interface OfferExtras {
  url?: string;
  availability?: Offer['availability'];
  locale: string;
}

// schema.org types minPrice/maxPrice as Number (unlike price, which may be Text). A price
// that is open at the top ("vanaf", "of meer") has a minimum and no maximum.
function priceBounds(
  price: Price,
  amount: string,
): { price: string } | { minPrice: number; maxPrice?: number } {
  if (price.orMore) return { minPrice: Number(amount) };
  if (price.maxAmount === undefined) return { price: amount };
  return {
    minPrice: Number(amount),
    maxPrice: Number(decimalPrice(price.maxAmount, 'price.maxAmount')),
  };
}

/**
 * A content-model price as a schema.org `Offer`: `price` is the (lower) amount as a plain
 * decimal string, the `priceSpecification` says per what, the range (only `minPrice` when the
 * price is `orMore`) and whether the 21% VAT is included. No `priceValidUntil` or other date is invented.
 */
export function priceOffer(price: Price, extras: OfferExtras): Offer {
  const lang = extras.locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const amount = decimalPrice(price.amount);
  const specification: PriceSpecification = {
    '@type': 'UnitPriceSpecification',
    priceCurrency: price.currency,
    valueAddedTaxIncluded: price.vatIncluded,
    unitText: UNIT_TEXT[lang][price.per],
    ...priceBounds(price, amount),
  };
  return {
    '@type': 'Offer',
    price: amount,
    priceCurrency: price.currency,
    priceSpecification: specification,
    availability: extras.availability,
    url: extras.url,
  };
}
