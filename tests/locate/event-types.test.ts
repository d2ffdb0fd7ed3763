import { describe, expect, it } from 'vitest';
import { filterEventTypes, locateEventTypeStrings, locateLogFilters } from '../../src/locate/event-types.js';
import { locateIn } from '../helpers/locate.js';

const strings = (code: string) => locateIn(code, locateEventTypeStrings).map((found) => `${found.test}:${found.value}`);

describe('locateEventTypeStrings', () => {
  it('finds the strings an event type is tested against', () => {
    const code = [
      "const ENROLL = 'user.credential.enroll';",
      "if (event.eventType === 'user.lifecycle.create') a();",
      "if ('user.account.lock' != evt?.eventType) b();",
      'if (eventType == ENROLL) c();',
      "switch (e['eventType']) { case 'group.user_membership.add': break; case other: break; default: }",
      "const handlers = { 'user.session.start': start, plain: 1, 'not.an': 2 };",
      "handlers['user.session.end'] = end;",
      "if (['app.user_membership.add', dynamic].includes(event.eventType)) d();",
    ].join('\n');
    expect(strings(code)).toEqual([
      'comparison:user.lifecycle.create',
      'comparison:user.account.lock',
      'comparison:user.credential.enroll',
      'switch-case:group.user_membership.add',
      'handler-key:user.session.start',
      'handler-key:user.session.end',
      'list-includes:app.user_membership.add',
    ]);
  });

  it('ignores strings not tested against an event type', () => {
    const code = [
      "if (event.type === 'user.lifecycle.create') a();",
      "switch (kind) { case 'user.lifecycle.create': break; }",
      "const { 'user.lifecycle.create': x } = map;",
      "console.log('user.credential.enroll');",
      "['user.credential.enroll'].includes(name);",
    ].join('\n');
    expect(strings(code)).toEqual([]);
  });
});

describe('filterEventTypes', () => {
  it('reads eventType eq clauses, quoted either way, with spaces written as +', () => {
    expect(filterEventTypes('eventType eq "user.session.start" or eventType eq \'user.session.end\'')).toEqual(['user.session.start', 'user.session.end']);
    expect(filterEventTypes('eventType+eq+"user.credential.enroll"')).toEqual(['user.credential.enroll']);
    expect(filterEventTypes('target.id eq "00u1" and eventType sw "user."')).toEqual([]);
  });
});

describe('locateLogFilters', () => {
  it('finds System Log filters in URLs, query objects and SDK calls', () => {
    const code = [
      "import axios from 'axios';",
      "import okta from '@okta/okta-sdk-nodejs';",
      'const client = new okta.Client();',
      "await fetch(`${org}/api/v1/logs?since=2026-01-01&filter=${encodeURIComponent('eventType eq \"a.b.c\"')}`);",
      "await axios.get(`${org}/api/v1/logs`, { params: { filter: 'eventType eq \"d.e.f\"' } });",
      "const query = { filter: 'eventType eq \"g.h.i\"', limit: 10 };",
      'await client.systemLogApi.listLogEvents(query);',
      "await client.getLogs({ filter: 'eventType eq \"j.k.l\"' });",
      "await axios.get(`${org}/api/v1/logs`, { params: { q: 'a.b.c' } });",
      "await fetch(`${org}/api/v1/logs/stream?filter=x`);",
    ].join('\n');
    expect(locateIn(code, locateLogFilters).map((filter) => [filter.operation, filter.eventTypes])).toEqual([
      ['GET /api/v1/logs', ['a.b.c']],
      ['GET /api/v1/logs', ['d.e.f']],
      ['systemLogApi.listLogEvents', ['g.h.i']],
      ['getLogs', ['j.k.l']],
    ]);
  });
});
