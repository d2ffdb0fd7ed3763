import {
  dottedKeyPrefixes,
  widgetConfigFilePattern,
  widgetConfigKeyPattern,
  widgetOnlyKeys,
  widgetShapeKeys,
} from '../data/widget-options.js';
import { removeListItem, type Range, type TextEdit } from '../util/text-edit.js';
import {
  forEachJsonObject,
  jsonCommentRanges,
  jsonRange,
  memberName,
  type JsonMember,
  type JsonObject,
  type JsonSourceCode,
} from './json-document.js';
import type { OptionContainer, WidgetConfig, WidgetOption } from './widget-config.js';

/**
 * A JSON document has no constructor, so the shape is the signal: an object with `features` and `baseUrl`, `clientId`,
 * `issuer` or `authParams`; an object under a key that names the widget (`signInWidget`, `widgetConfig`, …); or a
 * `features` object in a file whose name says widget or sign-in (`widget_config.json`).
 */
function isWidgetConfig(object: JsonObject, holder: JsonMember | undefined, filename: string): boolean {
  const keys = object.members.map(memberName);
  const features = object.members.some((member) => {
    const key = memberName(member);
    return (key === 'features' && member.value.type === 'Object') || key.startsWith('features.');
  });
  const widgetOnly = features || keys.some((key) => widgetOnlyKeys.has(key));
  if (widgetOnly && keys.some((key) => widgetShapeKeys.has(key))) return true;
  if (holder && widgetConfigKeyPattern.test(memberName(holder))) return true;
  return features && widgetConfigFilePattern.test(filename);
}

function renameMember(member: JsonMember): (name: string) => TextEdit[] {
  return (name) => [{ range: jsonRange(member.name), text: JSON.stringify(name) }];
}

function flatten(
  sourceCode: JsonSourceCode,
  comments: readonly Range[],
  object: JsonObject,
  path: readonly string[],
  config: WidgetConfig,
  containerRemoval: TextEdit[] | undefined,
  options: WidgetOption[],
  seen: Set<JsonObject>,
): void {
  seen.add(object);
  const container: OptionContainer = { options: [], removal: containerRemoval };
  const items = object.members.map(jsonRange);
  object.members.forEach((member, index) => {
    const key = memberName(member);
    const dot = key.indexOf('.');
    const split = path.length === 0 && dot > 0 && dottedKeyPrefixes.has(key.slice(0, dot));
    const optionPath = [...path, ...(split ? [key.slice(0, dot), key.slice(dot + 1)] : [key])];
    const removal = removeListItem({ text: sourceCode.text, items, comments, brackets: jsonRange(object) }, index);
    const option: WidgetOption = {
      path: optionPath,
      node: member.name,
      value: undefined,
      isFalse: member.value.type === 'Boolean' && member.value.value === false,
      isTrue: member.value.type === 'Boolean' && member.value.value === true,
      removal,
      exclusive: true,
      sideEffects: false,
      rename: split ? undefined : renameMember(member),
      container,
      config,
    };
    options.push(option);
    container.options.push(option);
    if (member.value.type === 'Object') flatten(sourceCode, comments, member.value, optionPath, config, removal, options, seen);
  });
}

const cache = new WeakMap<object, readonly WidgetOption[]>();

/** Every widget option in a JSON document that holds a widget config. Cached per file. */
export function locateJsonWidgetOptions(sourceCode: JsonSourceCode, filename: string): readonly WidgetOption[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const options: WidgetOption[] = [];
  const seen = new Set<JsonObject>();
  const comments = jsonCommentRanges(sourceCode);
  forEachJsonObject(sourceCode.ast.body, (object, holder) => {
    if (seen.has(object) || !isWidgetConfig(object, holder, filename)) return;
    const classic = object.members.some(
      (member) => memberName(member) === 'useClassicEngine' && member.value.type === 'Boolean' && member.value.value,
    );
    if (classic) {
      // Everything below belongs to a Classic config: mark it seen so no nested object is taken for a config.
      forEachJsonObject(object, (inner) => seen.add(inner));
      return;
    }
    flatten(sourceCode, comments, object, [], { origin: 'json', classic: false }, undefined, options, seen);
  });
  cache.set(sourceCode, options);
  return options;
}
