// What a host page might do with the element's events: here, say what changed last.
const status = document.querySelector('#last-change');
const euro = (value) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(value);

document.addEventListener('aira-roi-change', (event) => {
  const { mode, result } = event.detail;
  const figure = mode === 'pilot' ? result.expected.netBenefit : result.netBenefit;
  status.textContent = `Laatste wijziging doorgerekend: netto opbrengst ${euro(figure)}.`;
});
document.addEventListener('aira-roi-error', (event) => {
  status.textContent = `Nog niet doorgerekend: ${event.detail.errors.length} veld(en) om te verbeteren.`;
});
