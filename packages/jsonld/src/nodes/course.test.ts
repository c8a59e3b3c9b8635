import { describe, expect, test } from 'vitest';
import { aira, BASE_URL, golden, offer, plain } from '../__fixtures__/content.js';
import { course } from './course.js';

describe('course', () => {
  test('golden', async () => {
    await expect(golden(course(offer, { baseUrl: BASE_URL, provider: aira }))).toMatchFileSnapshot(
      './__golden__/course.json',
    );
  });

  test('offers carry the price as a decimal string, EUR, per person and VAT excluded', () => {
    const data = course(offer, { baseUrl: BASE_URL });
    expect(data['@id']).toBe('https://example.nl/trainingen/ai-implementation-training#course');
    expect(data.offers).toEqual([
      {
        '@type': 'Offer',
        category: 'Paid',
        price: '495.00',
        priceCurrency: 'EUR',
        url: 'https://example.nl/trainingen/ai-implementation-training',
        priceSpecification: {
          '@type': 'UnitPriceSpecification',
          price: '495.00',
          priceCurrency: 'EUR',
          valueAddedTaxIncluded: false,
          unitText: 'per persoon',
        },
      },
    ]);
  });

  test('one CourseInstance per mode of delivery, with the workload as a duration', () => {
    const data = course(offer);
    expect(data.hasCourseInstance).toEqual([
      { '@type': 'CourseInstance', courseMode: 'Onsite', courseWorkload: 'PT7H30M' },
      { '@type': 'CourseInstance', courseMode: 'Online', courseWorkload: 'PT7H30M' },
    ]);
  });

  test('a price range becomes min and max in the price specification', () => {
    const data = course({
      ...offer,
      locale: 'en',
      price: { amount: 750, maxAmount: 1500, currency: 'EUR', per: 'session', vatIncluded: true },
    });
    const [first] = plain<{ priceSpecification: Record<string, unknown> }[]>(data.offers);
    expect(first?.priceSpecification).toMatchObject({
      minPrice: 750,
      maxPrice: 1500,
      unitText: 'per session',
      valueAddedTaxIncluded: true,
    });
  });

  test('a price open at the top ("vanaf", "of meer") has a minimum and no maximum', () => {
    const specificationOf = (price: Partial<typeof offer.price>) => {
      const data = course({ ...offer, price: { ...offer.price, ...price } });
      const [first] = plain<{ price: string; priceSpecification: Record<string, unknown> }[]>(
        data.offers,
      );
      return first;
    };
    for (const price of [
      { amount: 750, orMore: true },
      { amount: 1500, maxAmount: 3000, orMore: true },
    ]) {
      const first = specificationOf(price);
      expect(first?.price).toBe(`${price.amount}.00`);
      expect(first?.priceSpecification).toHaveProperty('minPrice', price.amount);
      expect(first?.priceSpecification).not.toHaveProperty('maxPrice');
      expect(first?.priceSpecification).not.toHaveProperty('price');
    }
  });
});
