import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { behaviorObjects, referencedBehavior, type BehaviorFacts } from '../../src/locate/behavior-reference.js';
import { locateIn } from '../helpers/locate.js';

/** What `referencedBehavior` makes of the item of the last `behaviors: [...]` array in the code. */
function lastItem(code: string): BehaviorFacts | undefined {
  return locateIn(code, (sourceCode: Readonly<TSESLint.SourceCode>) => {
    let array: TSESTree.ArrayExpression | undefined;
    const visit = (node: TSESTree.Node | null | undefined): void => {
      if (!node || typeof node !== 'object') return;
      if (node.type === 'Property' && node.key.type === 'Identifier' && node.key.name === 'behaviors' && node.value.type === 'ArrayExpression') array = node.value;
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) visit(item as TSESTree.Node);
      }
    };
    visit(sourceCode.ast);
    return array?.elements[0] ? referencedBehavior(array.elements[0], sourceCode) : undefined;
  });
}

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\n";

describe('referencedBehavior', () => {
  it('follows an id to a behavior created with sdk-nodejs', () => {
    const facts = lastItem(
      sdk + "const b = await client.behaviorApi.createBehaviorDetectionRule({ rule: { name: 'Odd', type: 'ANOMALOUS_DEVICE' } });\nuse({ behaviors: [b.id] });",
    );
    expect(facts).toEqual({ type: 'ANOMALOUS_DEVICE', name: 'Odd', id: undefined });
  });

  it('follows Pulumi lookups by name (Output and Promise) and okta.Behaviour resources', () => {
    const pulumi = "import * as okta from '@pulumi/okta';\n";
    expect(lastItem(pulumi + "const d = okta.getBehaviourOutput({ name: 'New Device' });\nuse({ behaviors: [d.id] });")).toEqual({ type: undefined, name: 'New Device', id: undefined });
    expect(lastItem(pulumi + "const d = okta.getBehaviour({ name: 'New Device' });\nuse({ behaviors: [d.then((x) => x.id)] });")?.name).toBe('New Device');
    expect(lastItem(pulumi + "const d = new okta.Behaviour('d', { name: 'Odd', type: 'ANOMALOUS_DEVICE' });\nuse({ behaviors: [d.id] });")?.type).toBe('ANOMALOUS_DEVICE');
  });

  it('reads a same-file object and stays silent on what it cannot follow', () => {
    expect(lastItem("const d = { id: 'x1', name: 'Odd', type: 'ANOMALOUS_DEVICE' };\nuse({ behaviors: [d.id] });")).toEqual({ type: 'ANOMALOUS_DEVICE', name: 'Odd', id: 'x1' });
    // A parameter, an unrelated call, a `getBehaviour` that is not @pulumi/okta's, a `.then` that reads another object.
    expect(lastItem('function f(d) { use({ behaviors: [d.id] }); }')).toBeUndefined();
    expect(lastItem("const d = lookup('New Device');\nuse({ behaviors: [d.id] });")).toBeUndefined();
    expect(lastItem("const getBehaviour = (x) => find(x);\nconst d = getBehaviour({ name: 'New Device' });\nuse({ behaviors: [d.id] });")).toBeUndefined();
    expect(lastItem("import * as okta from '@pulumi/okta';\nconst d = okta.getBehaviour({ name: 'New Device' });\nuse({ behaviors: [d.then((x) => other.id)] });")).toBeUndefined();
  });
});

describe('behaviorObjects', () => {
  it('lists object literals with a behavior type, and walks nothing when the file names none', () => {
    const found = locateIn("const list = [{ id: 'a', name: 'Odd', type: 'ANOMALOUS_DEVICE' }, { id: 'b', type: 'ANOMALOUS_IP' }, { id: 'c', type: 'OTHER' }];", behaviorObjects);
    expect(found.map((facts) => facts.id)).toEqual(['a', 'b']);
    expect(locateIn("const list = [{ id: 'a', type: 'SIGN_ON' }];", behaviorObjects)).toEqual([]);
  });
});
