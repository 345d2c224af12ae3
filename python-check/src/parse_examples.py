"""Reads every documented payload of the contract through the generated Python client and back.

Each example of a JSON request body or response (errors included) is parsed with the model of its schema
(``from_dict``) and written back (``to_dict``): every member must come back with the same value, date-time
texts compared as instants. Then every form ``ApiError.value`` may take is read from an error body.

usage: python3 parse_examples.py <generated client dir> <bundled openapi.json>
"""
import datetime
import importlib
import json
import re
import sys

DATE_TIME = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$')
ERROR_VALUES = ['abc', 12, 1.5, ['1', '2']]


def resolve(node):
    while isinstance(node, dict) and '$ref' in node:
        target = CONTRACT
        for key in node['$ref'][2:].split('/'):
            target = target[key.replace('~1', '/').replace('~0', '~')]
        node = target
    return node


def instant(text):
    return datetime.datetime.fromisoformat(text.replace('Z', '+00:00')).timestamp()


def same(before, after, where, problems):
    if isinstance(before, str) and DATE_TIME.match(before) and isinstance(after, (datetime.datetime, str)):
        after_instant = after.timestamp() if isinstance(after, datetime.datetime) else instant(after)
        if instant(before) != after_instant:
            problems.append('%s: %s became %s' % (where, before, after))
    elif isinstance(before, dict):
        if not isinstance(after, dict):
            problems.append('%s: an object became %r' % (where, after))
            return
        for key, value in before.items():
            same(value, after.get(key), where + '/' + key, problems)
    elif isinstance(before, list):
        if not isinstance(after, list) or len(after) != len(before):
            problems.append('%s: a list of %d became %r' % (where, len(before), after))
            return
        for i, (b, a) in enumerate(zip(before, after)):
            same(b, a, '%s/%d' % (where, i), problems)
    elif before != after and not (before is None and after is None):
        problems.append('%s: %r became %r' % (where, before, after))


def payloads():
    for route, item in CONTRACT['paths'].items():
        for method, op in item.items():
            if not isinstance(op, dict) or 'operationId' not in op:
                continue
            media = []
            for status, response in op.get('responses', {}).items():
                content = resolve(response).get('content', {})
                media.append(('response ' + status, content.get('application/json')))
            if 'requestBody' in op:
                media.append(('request', resolve(op['requestBody']).get('content', {}).get('application/json')))
            for part, body in media:
                if not body or '$ref' not in body.get('schema', {}) or 'examples' not in body:
                    continue
                name = body['schema']['$ref'].split('/')[-1]
                for key, ref in body['examples'].items():
                    yield '%s %s %s' % (op['operationId'], key, part), name, resolve(ref)['value']


def main():
    global CONTRACT
    sys.path.insert(0, sys.argv[1])
    importlib.import_module('xads_creatives')
    models = importlib.import_module('xads_creatives.models')
    with open(sys.argv[2], encoding='utf-8') as f:
        CONTRACT = json.load(f)
    checked, failures = 0, []
    for where, name, value in payloads():
        checked += 1
        try:
            problems = []
            same(value, getattr(models, name).from_dict(value).to_dict(), '', problems)
            failures.extend(where + ' ' + p for p in problems)
        except Exception as e:  # the generated model refused a documented payload
            failures.append('%s: %s' % (where, str(e).splitlines()[0]))
    for value in ERROR_VALUES:
        checked += 1
        body = {'errors': [{'code': 'INVALID_PARAMETER', 'message': 'Bad.', 'parameter': 'p', 'value': value}]}
        try:
            back = models.ErrorResponse.from_dict(body).to_dict()['errors'][0].get('value')
            if back != value:
                failures.append('ApiError.value %r became %r' % (value, back))
        except Exception as e:
            failures.append('ApiError.value %r: %s' % (value, str(e).splitlines()[0]))
    print('Python client: %d documented payloads and error values parsed and written back, %d differ'
          % (checked, len(failures)))
    for failure in failures[:50]:
        print('  ' + failure)
    return 0 if checked > 0 and not failures else 1


CONTRACT = None
if __name__ == '__main__':
    sys.exit(main())
