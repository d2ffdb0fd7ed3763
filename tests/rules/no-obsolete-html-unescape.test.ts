import rule from '../../src/rules/no-obsolete-html-unescape.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const endpoint = '`${orgUrl}/idp/myaccount/password/complexity-requirements`';
const error = { messageId: 'obsoleteUnescape' as const };

ruleTester.run('no-obsolete-html-unescape', rule, {
  valid: [
    // The text used as it is.
    `const reqs = await (await fetch(${endpoint}, { headers })).json();\nrender(reqs.complexity.description);`,
    // Decoding something else in the same file.
    code`
      import he from 'he';
      const reqs = await (await fetch(${endpoint})).json();
      const notes = await (await fetch('/api/notes')).json();
      show(reqs.description, he.decode(notes.body));
    `,
    // A local function named like a decoder is not one.
    `const decode = (s) => s.trim();\nconst reqs = await (await fetch(${endpoint})).json();\ndecode(reqs.description);`,
    // A replace that is not an HTML unescape.
    `const reqs = await (await fetch(${endpoint})).json();\nconst line = reqs.description.replace(/\\n/g, ' ');`,
    // Another MyAccount endpoint.
    "import he from 'he';\nconst pw = await (await fetch(`${orgUrl}/idp/myaccount/password`)).json();\nhe.decode(pw.status);",
  ],
  invalid: [
    {
      code: code`
        import he from 'he';
        export async function passwordRules(orgUrl, headers) {
          const reqs = await (await fetch(${endpoint}, { headers })).json();
          return he.decode(reqs.complexity?.description ?? '');
        }
      `,
      output: null,
      errors: [
        {
          ...error,
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'removeUnescape',
              output: code`
                import he from 'he';
                export async function passwordRules(orgUrl, headers) {
                  const reqs = await (await fetch(${endpoint}, { headers })).json();
                  return reqs.complexity?.description ?? '';
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // lodash and html-entities, through .then() and an array callback.
      code: code`
        import _ from 'lodash';
        import { decode } from 'html-entities';
        fetch(${endpoint})
          .then((response) => response.json())
          .then((data) => data.items.map((item) => _.unescape(item.text)));
        const { description } = await (await fetch(${endpoint})).json();
        const text = decode(description);
      `,
      output: null,
      errors: [
        {
          ...error,
          line: 5,
          column: 44,
          endLine: 5,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'removeUnescape',
              output: code`
                import _ from 'lodash';
                import { decode } from 'html-entities';
                fetch(${endpoint})
                  .then((response) => response.json())
                  .then((data) => data.items.map((item) => item.text));
                const { description } = await (await fetch(${endpoint})).json();
                const text = decode(description);
              `,
            },
          ],
        },
        {
          ...error,
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'removeUnescape',
              output: code`
                import _ from 'lodash';
                import { decode } from 'html-entities';
                fetch(${endpoint})
                  .then((response) => response.json())
                  .then((data) => data.items.map((item) => _.unescape(item.text)));
                const { description } = await (await fetch(${endpoint})).json();
                const text = description;
              `,
            },
          ],
        },
      ],
    },
    {
      // A chain of entity replaces, reported once; a DOMParser trick; a textarea trick (reported only).
      code: code`
        import axios from 'axios';
        const { data } = await axios.get(${endpoint});
        const plain = data.description.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&#39;/g, "'");
        const parsed = new DOMParser().parseFromString(data.description, 'text/html').body.textContent;
        const area = document.createElement('textarea');
        area.innerHTML = data.description;
      `,
      output: null,
      errors: [
        {
          ...error,
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'removeUnescape',
              output: code`
                import axios from 'axios';
                const { data } = await axios.get(${endpoint});
                const plain = data.description;
                const parsed = new DOMParser().parseFromString(data.description, 'text/html').body.textContent;
                const area = document.createElement('textarea');
                area.innerHTML = data.description;
              `,
            },
          ],
        },
        {
          ...error,
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'removeUnescape',
              output: code`
                import axios from 'axios';
                const { data } = await axios.get(${endpoint});
                const plain = data.description.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&#39;/g, "'");
                const parsed = data.description;
                const area = document.createElement('textarea');
                area.innerHTML = data.description;
              `,
            },
          ],
        },
        { ...error, line: 6, column: 1, endLine: 6, endColumn: 34, suggestions: [] },
      ],
    },
  ],
});
