/** A reference payback range for a kind of AI use case in Dutch SMEs. */
export interface TypicalPayback {
  id: string;
  label: { nl: string; en: string };
  /** Typical payback in months. */
  months: { min: number; max: number };
}

/**
 * Typical payback periods by use case, as seen in AIRA's material (indicative, not a
 * promise): use them to sanity-check a business case, not as its input.
 */
export const TYPICAL_PAYBACKS: readonly TypicalPayback[] = Object.freeze([
  {
    id: 'document-processing',
    label: { nl: 'Documentverwerking', en: 'Document processing' },
    months: { min: 4, max: 6 },
  },
  {
    id: 'visual-quality-control',
    label: { nl: 'Visuele kwaliteitscontrole', en: 'Visual quality control' },
    months: { min: 5, max: 7 },
  },
  {
    id: 'inventory-forecasting',
    label: { nl: 'Voorraadvoorspelling', en: 'Inventory forecasting' },
    months: { min: 6, max: 9 },
  },
  {
    id: 'customer-service-automation',
    label: { nl: 'Automatisering klantenservice', en: 'Customer-service automation' },
    months: { min: 7, max: 10 },
  },
  {
    id: 'predictive-maintenance',
    label: { nl: 'Voorspellend onderhoud', en: 'Predictive maintenance' },
    months: { min: 9, max: 12 },
  },
]);
