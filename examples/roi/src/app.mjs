// The calculator's browser code: recompute on every change, show bad input next to its field.
import { RoiInputError } from '@aira/roi';
import { trainingHtml } from './render.mjs';

const form = document.querySelector('#calculator');
const output = document.querySelector('#training-result');
const problem = document.querySelector('#input-problem');

function update() {
  const input = {};
  for (const field of form.querySelectorAll('input')) {
    field.removeAttribute('aria-invalid');
    // An empty field becomes NaN on purpose: @aira/roi then says what it expects.
    input[field.name] = field.value.trim() === '' ? Number.NaN : Number(field.value);
  }
  try {
    output.innerHTML = trainingHtml(input);
    problem.textContent = '';
  } catch (error) {
    if (!(error instanceof RoiInputError)) throw error;
    form.querySelector(`[name="${error.field}"]`)?.setAttribute('aria-invalid', 'true');
    problem.textContent = error.message.replace(/^\[@aira\/roi\]\s*/, '');
  }
}

form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
