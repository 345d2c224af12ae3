// Every documented example payload (responses, errors included, and JSON request bodies) of the contract, read
// through the generated TypeScript client's FromJSON and written back with ToJSON: it must come back with every
// member it had, with the same value (date-time texts compared as instants, since the client turns them into Date
// objects). Then every form ApiError.value may take is read from an error body.
// usage: node parse-examples.js <compiled client dir> <bundled openapi.json>
'use strict';
const path = require('path');
const fs = require('fs');

const models = require(path.resolve(process.argv[2], 'models', 'index.js'));
const contract = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function resolve(node) {
  while (node && node.$ref) {
    node = node.$ref.substring(2).split('/').reduce((n, k) => n[k.replace(/~1/g, '/').replace(/~0/g, '~')], contract);
  }
  return node;
}

function same(a, b, where, problems) {
  if (typeof a === 'string' && DATE_TIME.test(a) && (b instanceof Date || typeof b === 'string')) {
    if (new Date(a).getTime() !== new Date(b).getTime()) problems.push(where + ': ' + a + ' became ' + b);
    return;
  }
  if (a === null || typeof a !== 'object') {
    if (a !== b && !(a === null && b === undefined)) problems.push(where + ': ' + JSON.stringify(a) + ' became ' + JSON.stringify(b));
    return;
  }
  if (b === null || typeof b !== 'object') {
    problems.push(where + ': an ' + (Array.isArray(a) ? 'array' : 'object') + ' became ' + JSON.stringify(b));
    return;
  }
  for (const key of Object.keys(a)) same(a[key], b[key], where + '/' + key, problems);
}

let checked = 0;
const failures = [];
for (const [route, item] of Object.entries(contract.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!op || !op.operationId) continue;
    const bodies = [];
    for (const [status, ref] of Object.entries(op.responses || {})) {
      const response = resolve(ref);
      if (response && response.content) bodies.push(['response ' + status, response.content['application/json']]);
    }
    if (op.requestBody) bodies.push(['request', resolve(op.requestBody).content['application/json']]);
    for (const [part, media] of bodies) {
      if (!media || !media.schema || !media.schema.$ref || !media.examples) continue;
      const name = media.schema.$ref.split('/').pop();
      for (const [key, ref] of Object.entries(media.examples)) {
        const value = resolve(ref).value;
        const where = op.operationId + ' ' + key + ' ' + part;
        try {
          const back = models[name + 'ToJSON'](models[name + 'FromJSON'](value));
          const problems = [];
          same(value, back, '', problems);
          problems.forEach(p => failures.push(where + ' ' + p));
        } catch (e) {
          failures.push(where + ': ' + e);
        }
        checked++;
      }
    }
  }
}
for (const value of ['abc', 12, 1.5, ['1', '2']]) {
  const body = {errors: [{code: 'INVALID_PARAMETER', message: 'Bad.', parameter: 'p', value: value}]};
  const back = models.ErrorResponseToJSON(models.ErrorResponseFromJSON(body)).errors[0].value;
  if (JSON.stringify(back) !== JSON.stringify(value)) failures.push('ApiError.value ' + JSON.stringify(value) + ' became ' + JSON.stringify(back));
  checked++;
}
console.log('TypeScript client: ' + checked + ' documented payloads and error values parsed and written back, ' + failures.length + ' differ');
failures.slice(0, 50).forEach(f => console.log('  ' + f));
process.exit(failures.length === 0 && checked > 0 ? 0 : 1);
