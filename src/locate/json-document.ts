/** The few facts about `@eslint/json` (Momoa) nodes the locators need, without a run-time dependency on it. */

export interface JsonPosition {
  line: number;
  column: number;
  offset: number;
}

export interface JsonNode {
  type: string;
  loc: { start: JsonPosition; end: JsonPosition };
}

export interface JsonString extends JsonNode {
  type: 'String';
  value: string;
}

export interface JsonMember extends JsonNode {
  type: 'Member';
  name: JsonString | (JsonNode & { type: 'Identifier'; name: string });
  value: JsonValue;
}

export interface JsonObject extends JsonNode {
  type: 'Object';
  members: JsonMember[];
}

export interface JsonElement extends JsonNode {
  type: 'Element';
  value: JsonValue;
}

export interface JsonArray extends JsonNode {
  type: 'Array';
  elements: JsonElement[];
}

export type JsonValue =
  | JsonObject
  | JsonArray
  | JsonString
  | (JsonNode & { type: 'Number'; value: number })
  | (JsonNode & { type: 'Boolean'; value: boolean })
  | (JsonNode & { type: 'Null' })
  | (JsonNode & { type: 'Identifier' | 'NaN' | 'Infinity' });

export interface JsonDocument extends JsonNode {
  type: 'Document';
  body: JsonValue;
}

export interface JsonSourceCode {
  text: string;
  ast: JsonDocument;
  comments?: readonly { range?: [number, number]; loc: { start: JsonPosition; end: JsonPosition } }[];
}

export function jsonRange(node: JsonNode): [number, number] {
  return [node.loc.start.offset, node.loc.end.offset];
}

export function memberName(member: JsonMember): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

export function jsonCommentRanges(sourceCode: JsonSourceCode): [number, number][] {
  return (sourceCode.comments ?? []).map((comment) => comment.range ?? [comment.loc.start.offset, comment.loc.end.offset]);
}

/** Calls `visit` on every object in the document (outer first, in document order), with the member that holds it (if any). */
export function forEachJsonObject(
  value: JsonValue,
  visit: (object: JsonObject, holder: JsonMember | undefined) => void,
  holder?: JsonMember,
): void {
  // An explicit stack: a document may nest as deep as its parser allows.
  const stack: { value: JsonValue; holder: JsonMember | undefined }[] = [{ value, holder }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.value.type === 'Object') {
      visit(next.value, next.holder);
      for (let index = next.value.members.length - 1; index >= 0; index--) {
        const member = next.value.members[index]!;
        stack.push({ value: member.value, holder: member });
      }
    } else if (next.value.type === 'Array') {
      for (let index = next.value.elements.length - 1; index >= 0; index--) stack.push({ value: next.value.elements[index]!.value, holder: undefined });
    }
  }
}
