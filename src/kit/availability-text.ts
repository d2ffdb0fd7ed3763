/**
 * Sentences about a feature's availability, for rule messages: what state the org's channel has at `asOf`, and
 * what to do about it. Reads an `Availability` from `src/data/availability.ts`; knows nothing of the AST.
 */
import { displayDate, type Availability } from '../data/availability.js';
import { newestRelease, type Channel, type EarlyAccessDate, type Engine, type StageDate } from '../data/features.js';

export const channelNames: Readonly<Record<Channel, string>> = { preview: 'Preview', production: 'Production' };
export const engineNames: Readonly<Record<Engine, string>> = { identity: 'Identity Engine', classic: 'Classic Engine' };

/** `A`, `A or B`, `A, B or C` in backticks: any one of a feature's flags turns it on. */
export function flagList(flags: readonly string[]): string {
  const quoted = flags.map((flag) => `\`${flag}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

type Unavailable = Exclude<Availability, { status: 'available' }>;

/** Where an admin turns on a self-service Early Access feature (Okta's "Feature lifecycle management"). */
const selfServiceSwitch = 'an admin turns it on in the Admin Console (Settings > Features) or with the Features API';

function isSelfService(stage: StageDate | undefined): boolean {
  return stage !== undefined && (stage as EarlyAccessDate).selfService === true;
}

/**
 * One sentence, or nothing: the plugin's data ends before `asOf`, so "not available" and "Early Access" describe the
 * newest release it knows, not `asOf` itself.
 */
export function dataAgeNote(asOf: string): string {
  if (asOf <= newestRelease.date) return '';
  return ` The plugin's data ends with release ${newestRelease.id} (${newestRelease.date}), before asOf ${asOf}: a later release may have changed this; update eslint-plugin-okta-oie.`;
}

/** What to do about a feature that has no stage in the org's channel yet. */
function notYetAction(result: Extract<Unavailable, { status: 'not-yet-available' }>, flags: string): string {
  const enable = `list ${flags} in settings['okta-oie'].enabledFeatures`;
  // Self-service Early Access is usable wherever an admin turns it on; waiting for it to "reach the org" is not needed.
  if ((result.elsewhere?.stage === 'EA' && isSelfService(result.elsewhere.since)) || (result.next?.stage === 'EA' && isSelfService(result.next.on))) {
    return `It is self-service Early Access: once ${selfServiceSwitch}, ${enable}.`;
  }
  return `Wait until it reaches the org, or, if Okta has already turned on ${flags} there, ${enable}.`;
}

/** The placeholders of the message for each status (the rule adds `use`, `feature` and `channel`). */
export function availabilityData(result: Unavailable, flags: readonly string[], asOf: string): Record<string, string> {
  switch (result.status) {
    case 'early-access': {
      const ga = result.generalAvailability;
      const stage = result.since.stage === 'Beta' ? 'Beta' : 'Early Access';
      return {
        access: result.selfService ? `self-service ${stage}` : stage,
        since: displayDate(result.since),
        enable: result.selfService ? `Once ${selfServiceSwitch}` : 'Once Okta Support turns it on (on request)',
        flags: flagList(flags),
        generalAvailability: ga ? `, expected ${displayDate(ga)}` : '',
        dataAge: dataAgeNote(asOf),
      };
    }
    case 'not-yet-available': {
      const outlook: string[] = [];
      if (result.elsewhere) {
        outlook.push(`${result.elsewhere.stage === 'GA' ? 'GA' : 'Early Access'} in ${channelNames[result.elsewhere.channel]} since ${displayDate(result.elsewhere.since)}`);
      }
      if (result.next) outlook.push(`${result.next.stage === 'GA' ? 'GA' : 'Early Access'} in ${channelNames[result.channel]} expected ${displayDate(result.next.on)}`);
      return {
        asOf: result.asOf,
        outlook: outlook.map((part) => `; ${part}`).join(''),
        flags: flagList(flags),
        action: notYetAction(result, flagList(flags)),
        dataAge: dataAgeNote(asOf),
      };
    }
    case 'not-on-engine':
      return { engine: engineNames[result.engine], engines: result.engines.map((engine) => engineNames[engine]).join(' and ') };
  }
}

/** The message of each status; `{{use}}`, `{{feature}}` and `{{channel}}` are filled by the rule. */
export const availabilityMessages = {
  earlyAccess:
    "{{use}} belongs to {{feature}}, which is {{access}} in {{channel}} orgs since {{since}}. {{enable}}, list {{flags}} in settings['okta-oie'].enabledFeatures; or wait for GA{{generalAvailability}}.{{dataAge}}",
  notYetAvailable: '{{use}} belongs to {{feature}}, which is not available in {{channel}} orgs as of {{asOf}}{{outlook}}. {{action}}{{dataAge}}',
  notOnEngine:
    "{{use}} belongs to {{feature}}, which is not available on {{engine}} (settings['okta-oie'].engine): Okta offers it on {{engines}} only. Use it once the org runs {{engines}}.",
} as const;

export type AvailabilityMessageId = keyof typeof availabilityMessages;

export const messageIdOf: Readonly<Record<Unavailable['status'], AvailabilityMessageId>> = {
  'early-access': 'earlyAccess',
  'not-yet-available': 'notYetAvailable',
  'not-on-engine': 'notOnEngine',
};
