// The llms.txt format as the proposal documents it, recorded for the tests.
// Source: https://llmstxt.org/ ("The /llms.txt file", Jeremy Howard, 2024-09-03; its text lives
// in github.com/AnswerDotAI/llms-txt, nbs/index.qmd). Read on 2026-11-30.
// The rules are summarised and the example is written in our own words, with our own content;
// only the shape (which parts, in which order) follows the proposal.

export const SOURCE = {
  url: 'https://llmstxt.org/',
  read: '2026-11-30',
} as const;

/** The parts of a file, in the order the proposal gives them. */
export const FORMAT_RULES = [
  'an optional byte-order mark',
  'an H1 with the name of the project or site: the only required part',
  'a blockquote with a short summary',
  'any Markdown except headings (paragraphs, lists) with more detail',
  'H2 sections, each holding a "file list": list items with a [name](url) link, then optionally ":" and notes',
  'an H2 named "Optional" lists links that may be skipped when a shorter context is needed',
] as const;

/** The proposal's mock example, in the same shape with our own words. */
export const DOCUMENTED_SHAPE = `# Sitenaam

> Korte samenvatting van de site

Meer uitleg, zonder kopjes

## Naam van een sectie

- [Titel van een pagina](https://voorbeeld.example/pagina.md): korte toelichting

## Optional

- [Titel van een pagina](https://voorbeeld.example/extra.md)
`;

/** A fuller example in the shape of the proposal's worked example: notes as a list, three sections. */
export const DOCUMENTED_EXAMPLE = `\uFEFF# AIRA

> AIRA traint teams in het mkb om met AI te werken, vanuit Amsterdam in heel Nederland.

Goed om te weten:

- Prijzen zijn exclusief btw, tenzij er iets anders staat.
- Voorbeelden met een bedrijf zijn fictief als dat erbij staat.

## Veelgestelde vragen

- [Veelgestelde vragen](https://www.aira.example/veelgestelde-vragen.md): 30 vragen over starten, kosten en privacy

## Artikelen

- [Zo bereken je de ROI van AI-training](https://www.aira.example/blog/roi-van-ai-training-berekenen.md): rekenvoorbeeld voor 50 medewerkers
- [Wat kost een AI-workshop?](https://www.aira.example/blog/wat-kost-een-ai-workshop-mkb.md)

## Optional

- [Alle inhoud](https://www.aira.example/llms-full.txt): alles hierboven in één bestand
`;
