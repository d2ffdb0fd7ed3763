import type { TSESLint } from '@typescript-eslint/utils';
import {
  deviceAssuranceGracePeriod,
  distanceForbiddenFor,
  distanceFromLatestMajor,
  distanceRequiredFor,
  dynamicVersionTypes,
  osVersionSupport,
  securityPatchForbiddenFor,
  windowsMajorVersions,
} from '../data/device-assurance.js';
import { oktaGuide } from '../data/doc-urls.js';
import { entryOf, stringValue, valueAt, type PayloadEntry, type PayloadNode, type PayloadObject } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { insertFirstEntry } from '../kit/entry-insert.js';
import { durationDays, isDuration, isRfc3339DateTime, parseDateTime } from '../util/iso-8601.js';
import { codeList, isEditableString, nodeText, payloadListener, payloadRuleGate, quotedLike } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import type { TextEdit } from '../util/text-edit.js';
import { applyEdits } from '../kit/widget-report.js';

type Options = [{ preferDynamicVersion?: boolean; durationBounds?: boolean }];

const suggestionIds = ['removeKey', 'useGraceType', 'addGraceType', 'useDateTime'] as const;
type SuggestionId = (typeof suggestionIds)[number];
type MessageIds =
  | keyof typeof settingsMessages
  | SuggestionId
  | 'exclusiveVersion'
  | 'missingDynamicType'
  | 'unknownDynamicType'
  | 'missingDistance'
  | 'distanceRange'
  | 'forbiddenField'
  | 'windowsDynamicInOsVersion'
  | 'noOsVersion'
  | 'constraintsNotWindows'
  | 'constraintsWithMinimum'
  | 'constraintsCount'
  | 'missingMajor'
  | 'unknownMajor'
  | 'duplicateMajor'
  | 'graceMissingType'
  | 'graceUnknownType'
  | 'graceMissingExpiry'
  | 'graceTypeMismatch'
  | 'graceDateTime'
  | 'graceDuration'
  | 'graceDurationBounds'
  | 'staticMinimum';

const gate = /osVersion|gracePeriod/;
const grace = deviceAssuranceGracePeriod;

/** A value that is there: `null` counts as absent, as the API reads it (responses carry `minimum: null`). */
function present(entry: PayloadEntry | undefined): entry is PayloadEntry {
  return entry !== undefined && entry.value.type !== 'null';
}

function objectAt(entry: PayloadEntry | undefined): PayloadObject | undefined {
  return entry?.value.type === 'object' ? entry.value : undefined;
}

interface Suggestion {
  messageId: SuggestionId;
  data: Record<string, string>;
  fix: ReturnType<typeof applyEdits>;
}

export default createRule<Options, MessageIds>({
  name: 'valid-device-assurance',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the shape of device assurance OS version requirements (dynamic and static) and grace periods',
      recommended: 'error',
      strictOptions: { preferDynamicVersion: true, durationBounds: true },
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Dynamic OS version compliance for device assurance is GA in Preview' },
      oktaGuide: oktaGuide.deviceAssurance,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          preferDynamicVersion: {
            type: 'boolean',
            description:
              'Also report a static `osVersion.minimum` on a platform that takes a dynamic OS version requirement (on in `strict`).',
          },
          durationBounds: {
            type: 'boolean',
            description: 'Also report a `BY_DURATION` grace period shorter than 1 day or longer than 180 days, the bound of spec 2025.11.0 (on in `strict`).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ preferDynamicVersion: false, durationBounds: false }],
    messages: {
      ...settingsMessages,
      exclusiveVersion: '`minimum` and `dynamicVersionRequirement` cannot be used together: keep one of them.',
      missingDynamicType: '`dynamicVersionRequirement` needs a `type`: one of {{allowed}}.',
      unknownDynamicType: "'{{value}}' is not a dynamic OS version requirement type here; use one of {{allowed}}.",
      missingDistance:
        'A dynamic OS version requirement of type {{type}} needs `distanceFromLatestMajor`: 0 for the latest major version, 1 for the one before.',
      distanceRange: '`distanceFromLatestMajor` must be 0 or 1, not {{value}}.',
      forbiddenField: 'A dynamic OS version requirement of type {{type}} cannot have `{{field}}`.',
      windowsDynamicInOsVersion:
        'A WINDOWS device assurance policy takes its dynamic OS version in `osVersionConstraints[]` (one item per `majorVersionConstraint`), not in `osVersion`.',
      noOsVersion: 'A {{platform}} device assurance policy has no `osVersion` check: its OS signals come from Chrome Device Trust (`thirdPartySignalProviders.dtc`).',
      constraintsNotWindows: '`osVersionConstraints` is for WINDOWS device assurance policies only; on {{platform}} set `osVersion`.',
      constraintsWithMinimum: '`osVersion.minimum` and `osVersionConstraints` cannot be used together: keep one of them.',
      constraintsCount: '`osVersionConstraints` takes one or two items, one per Windows major version, not {{count}}.',
      missingMajor: "Each `osVersionConstraints` item needs `majorVersionConstraint` ('WINDOWS_11' or 'WINDOWS_10').",
      unknownMajor: "'{{value}}' is not a `majorVersionConstraint`; use 'WINDOWS_11' or 'WINDOWS_10'.",
      duplicateMajor: "'{{value}}' already has a constraint: each Windows major version takes one item.",
      graceMissingType: "A device assurance `gracePeriod` needs a `type`: 'BY_DATE_TIME' or 'BY_DURATION'.",
      graceUnknownType:
        "'{{value}}' is not a device assurance grace period type; use 'BY_DATE_TIME' (with an ISO 8601 date-time) or 'BY_DURATION' (with an ISO 8601 duration).",
      graceMissingExpiry: 'A {{type}} grace period needs `expiry` ({{hint}}).',
      graceTypeMismatch: "'{{value}}' is {{what}}, but the grace period `type` is {{type}}.",
      graceDateTime: "A BY_DATE_TIME `expiry` must be an ISO 8601 date-time with a time zone (for example 2026-03-01T00:00:00Z), not '{{value}}'.",
      graceDuration: "A BY_DURATION `expiry` must be an ISO 8601 duration (for example P14D), not '{{value}}'.",
      graceDurationBounds: "The grace period '{{value}}' is outside 1 to 180 days.",
      staticMinimum:
        '`minimum` pins a static OS version that has to be raised by hand for every release; {{platform}} device assurance can follow the latest version with {{instead}} (Dynamic OS version compliance).',
      removeKey: 'Remove `{{key}}`.',
      useGraceType: "Change `type` to '{{type}}'.",
      addGraceType: "Add `type: '{{type}}'`.",
      useDateTime: "Use '{{value}}'{{assumption}}.",
    },
  },
  create(context, [options]) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};
    const json = setup.language === 'json';
    const text = context.sourceCode.text;

    const remove = (entry: PayloadEntry | undefined, key = entry?.key ?? ''): Suggestion[] =>
      entry?.removal ? [{ messageId: 'removeKey', data: { key }, fix: applyEdits(entry.removal) }] : [];
    const replaceString = (node: PayloadNode, value: string): TextEdit[] => [
      { range: [node.range[0], node.range[1]], text: quotedLike(nodeText(context, node), value) },
    ];

    function report(node: unknown, messageId: MessageIds, data: Record<string, string> = {}, suggest: Suggestion[] = []): void {
      context.report({ node: node as never, messageId, data, suggest } as TSESLint.ReportDescriptor<MessageIds>);
    }

    /** `dynamicVersionRequirement`, in `osVersion` or in a Windows constraint. */
    function checkDynamic(entry: PayloadEntry, allowed: readonly string[]): void {
      const requirement = objectAt(entry);
      if (!requirement) return;
      const typeEntry = entryOf(requirement, 'type');
      if (!present(typeEntry)) {
        if (!requirement.open) report(entry.keyNode, 'missingDynamicType', { allowed: codeList(allowed) });
        return;
      }
      const type = stringValue(typeEntry.value);
      if (type === undefined) return;
      if (!allowed.includes(type)) {
        report(typeEntry.value.node, 'unknownDynamicType', { value: type, allowed: codeList(allowed) });
        return;
      }
      const distance = entryOf(requirement, 'distanceFromLatestMajor');
      if (present(distance)) {
        if (distanceForbiddenFor.includes(type)) {
          report(distance.keyNode, 'forbiddenField', { type, field: distance.key }, remove(distance));
        } else if (
          distance.value.type !== 'unknown' &&
          !(distance.value.type === 'number' && Number.isInteger(distance.value.value) && (distance.value.value as number) >= distanceFromLatestMajor.min && (distance.value.value as number) <= distanceFromLatestMajor.max)
        ) {
          report(distance.value.node, 'distanceRange', { value: distance.value.type === 'string' ? `'${distance.value.value as string}'` : String((distance.value as { value?: unknown }).value) });
        }
      } else if (distanceRequiredFor.includes(type) && !requirement.open) {
        report(typeEntry.value.node, 'missingDistance', { type });
      }
      const patch = entryOf(requirement, 'latestSecurityPatch');
      if (present(patch) && securityPatchForbiddenFor.includes(type)) report(patch.keyNode, 'forbiddenField', { type, field: patch.key }, remove(patch));
    }

    /** `minimum` and `dynamicVersionRequirement` side by side (in `osVersion` or in a constraint). */
    function checkExclusive(container: PayloadObject): boolean {
      const minimum = entryOf(container, 'minimum');
      const dynamic = entryOf(container, 'dynamicVersionRequirement');
      if (!present(minimum) || !present(dynamic)) return false;
      report(dynamic.keyNode, 'exclusiveVersion', {}, [...remove(minimum), ...remove(dynamic)]);
      return true;
    }

    function checkOsVersion(body: PayloadObject, platform: string | undefined): void {
      const entry = entryOf(body, 'osVersion');
      if (!present(entry)) return;
      const support = platform === undefined ? undefined : osVersionSupport[platform];
      if (support === 'none') {
        report(entry.keyNode, 'noOsVersion', { platform: platform! }, remove(entry));
        return;
      }
      const osVersion = objectAt(entry);
      if (!osVersion) return;
      const dynamic = entryOf(osVersion, 'dynamicVersionRequirement');
      if (support === 'static-and-constraints' && present(dynamic)) {
        report(dynamic.keyNode, 'windowsDynamicInOsVersion');
        return;
      }
      const exclusive = checkExclusive(osVersion);
      if (present(dynamic)) checkDynamic(dynamic, dynamicVersionTypes.osVersion);
      const minimum = entryOf(osVersion, 'minimum');
      if (options.preferDynamicVersion && !exclusive && present(minimum) && minimum.value.type === 'string' && support !== undefined) {
        const instead = support === 'dynamic' ? '`osVersion.dynamicVersionRequirement`' : '`osVersionConstraints[].dynamicVersionRequirement`';
        report(minimum.keyNode, 'staticMinimum', { platform: platform!, instead });
      }
    }

    function checkConstraints(body: PayloadObject, platform: string | undefined): void {
      const entry = entryOf(body, 'osVersionConstraints');
      if (!present(entry)) return;
      if (platform !== undefined && osVersionSupport[platform] !== 'static-and-constraints' && osVersionSupport[platform] !== undefined) {
        report(entry.keyNode, 'constraintsNotWindows', { platform });
        return;
      }
      const minimum = entryOf(objectAt(entryOf(body, 'osVersion')), 'minimum');
      if (present(minimum)) {
        const osVersionEntry = entryOf(body, 'osVersion')!;
        const osVersion = objectAt(osVersionEntry)!;
        // `osVersion` holding nothing else goes as a whole.
        const whole = !osVersion.open && osVersion.entries.every((candidate) => candidate.key === 'minimum');
        report(entry.keyNode, 'constraintsWithMinimum', {}, whole ? remove(osVersionEntry, 'osVersion') : remove(minimum, 'osVersion.minimum'));
      }
      const constraints = entry.value;
      if (constraints.type !== 'array') return;
      if (!constraints.open && (constraints.items.length === 0 || constraints.items.length > windowsMajorVersions.length)) {
        report(entry.keyNode, 'constraintsCount', { count: String(constraints.items.length) });
      }
      const seen = new Set<string>();
      for (const item of constraints.items) {
        if (item.type !== 'object') continue;
        const major = entryOf(item, 'majorVersionConstraint');
        if (!present(major)) {
          if (!item.open) report(item.node, 'missingMajor');
        } else {
          const value = stringValue(major.value);
          if (value !== undefined && !windowsMajorVersions.includes(value)) report(major.value.node, 'unknownMajor', { value });
          else if (value !== undefined && seen.has(value)) report(major.value.node, 'duplicateMajor', { value });
          if (value !== undefined) seen.add(value);
        }
        const exclusive = checkExclusive(item);
        const dynamic = entryOf(item, 'dynamicVersionRequirement');
        if (present(dynamic)) checkDynamic(dynamic, dynamicVersionTypes.windowsConstraint);
        const itemMinimum = entryOf(item, 'minimum');
        if (options.preferDynamicVersion && !exclusive && present(itemMinimum) && itemMinimum.value.type === 'string' && platform !== undefined) {
          report(itemMinimum.keyNode, 'staticMinimum', { platform, instead: '`dynamicVersionRequirement`' });
        }
      }
    }

    /** What an expiry string is: a duration, a date-time, or neither. */
    function expiryKind(value: string): 'duration' | 'date-time' | undefined {
      if (isDuration(value)) return 'duration';
      return parseDateTime(value) ? 'date-time' : undefined;
    }

    function checkGracePeriod(body: PayloadObject): void {
      const entry = entryOf(body, 'gracePeriod');
      const gracePeriod = present(entry) ? objectAt(entry) : undefined;
      if (!entry || !gracePeriod) return;
      const typeEntry = entryOf(gracePeriod, 'type');
      const expiryEntry = entryOf(gracePeriod, 'expiry');
      const expiry = present(expiryEntry) ? stringValue(expiryEntry.value) : undefined;
      if (!present(typeEntry)) {
        if (gracePeriod.open) return;
        const kind = expiry === undefined ? undefined : expiryKind(expiry);
        const implied = kind === 'duration' ? grace.durationType : kind === 'date-time' ? grace.dateTimeType : undefined;
        const insert = implied ? insertFirstEntry(text, gracePeriod, 'type', implied, json) : undefined;
        report(entry.keyNode, 'graceMissingType', {}, insert ? [{ messageId: 'addGraceType', data: { type: implied! }, fix: applyEdits([insert]) }] : []);
        return;
      }
      const type = stringValue(typeEntry.value);
      if (type === undefined) return;
      if (!(grace.types as readonly string[]).includes(type)) {
        report(typeEntry.value.node, 'graceUnknownType', { value: type });
        return;
      }
      if (!present(expiryEntry)) {
        const hint = type === grace.durationType ? 'an ISO 8601 duration such as P14D' : 'an ISO 8601 date-time such as 2026-03-01T00:00:00Z';
        if (!gracePeriod.open) report(typeEntry.value.node, 'graceMissingExpiry', { type, hint });
        return;
      }
      if (expiry === undefined) return;
      const kind = expiryKind(expiry);
      const expected = type === grace.durationType ? 'duration' : 'date-time';
      if (kind !== undefined && kind !== expected) {
        const other = kind === 'duration' ? grace.durationType : grace.dateTimeType;
        const what = kind === 'duration' ? 'an ISO 8601 duration' : 'a date-time';
        const suggest: Suggestion[] = isEditableString(typeEntry.value)
          ? [{ messageId: 'useGraceType', data: { type: other }, fix: applyEdits(replaceString(typeEntry.value, other)) }]
          : [];
        report(expiryEntry.value.node, 'graceTypeMismatch', { value: expiry, what, type }, suggest);
        return;
      }
      if (expected === 'date-time') {
        if (isRfc3339DateTime(expiry)) return;
        const parts = parseDateTime(expiry);
        // Missing pieces are filled the way the API would have to read them: midnight, UTC. A suggestion says so.
        const fixed = parts && `${parts.date}T${parts.time ?? '00:00:00'}${parts.fraction ? `.${parts.fraction}` : ''}${parts.zone ?? 'Z'}`;
        const usable = fixed !== undefined && isRfc3339DateTime(fixed) && isEditableString(expiryEntry.value);
        const assumption = parts?.zone === undefined ? ', in UTC' : '';
        report(
          expiryEntry.value.node,
          'graceDateTime',
          { value: expiry },
          usable ? [{ messageId: 'useDateTime', data: { value: fixed, assumption }, fix: applyEdits(replaceString(expiryEntry.value, fixed)) }] : [],
        );
        return;
      }
      if (!isDuration(expiry)) {
        report(expiryEntry.value.node, 'graceDuration', { value: expiry });
        return;
      }
      const days = durationDays(expiry)!;
      if (options.durationBounds && (days < grace.durationDays.min || days > grace.durationDays.max)) {
        report(expiryEntry.value.node, 'graceDurationBounds', { value: expiry });
      }
    }

    return payloadListener(context, setup, ['device-assurance'], (payload) => {
      // Pulumi's device assurance resources take a static `osVersion` string and no grace period: nothing to check.
      if (payload.origin === 'pulumi' || payload.body.type !== 'object') return;
      const platform = stringValue(valueAt(payload.body, 'platform'));
      // Platform-dependent checks need a platform written in the file.
      const known = platform !== undefined && osVersionSupport[platform] !== undefined ? platform : undefined;
      checkOsVersion(payload.body, known);
      checkConstraints(payload.body, known);
      checkGracePeriod(payload.body);
    });
  },
});
