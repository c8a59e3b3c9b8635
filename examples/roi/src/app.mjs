// The calculator's browser code: recompute on every change, show bad input next to its field.
import { RoiInputError, roiInputMessage } from '@aira/roi';
import { trainingHtml } from './render.mjs';

const form = document.querySelector('#calculator');
const output = document.querySelector('#training-result');
const problem = document.querySelector('#input-problem');

function update() {
  const input = {};
  for (const field of form.querySelectorAll('input')) {
    field.removeAttribute('aria-invalid');
    field.removeAttribute('aria-describedby');
    // An empty field becomes NaN on purpose: @aira/roi then says what it expects.
    input[field.name] = field.value.trim() === '' ? Number.NaN : Number(field.value);
  }
  try {
    output.innerHTML = trainingHtml(input);
    problem.textContent = '';
  } catch (error) {
    if (!(error instanceof RoiInputError)) throw error;
    const field = form.querySelector(`[name="${error.field}"]`);
    field?.setAttribute('aria-invalid', 'true');
    field?.setAttribute('aria-describedby', 'input-problem');
    // The page is Dutch, so the message is too (the error's own message is for developers).
    const label = field?.closest('label')?.firstChild?.textContent?.trim();
    problem.textContent = `${label ? `${label}: ` : ''}${roiInputMessage(error, 'nl-NL')}`;
  }
}

form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
