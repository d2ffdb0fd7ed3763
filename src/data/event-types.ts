/**
 * Okta event types that exist on one engine only, with where each fact comes from:
 * - `source-doc`: Okta's "Identity Engine limitations" document, "Event Type availability for Event Hooks".
 * - `upgrade-guide`: the current guide "Update your event hooks for Identity Engine"
 *   (developer.okta.com/docs/guides/oie-upgrade-event-hooks), its two tables.
 * - `catalog`: Okta's event-type catalog (`data/event-types.json` in okta-developer-docs, release 2026.08.1): every
 *   type tagged `oie-only` that neither document lists (most are not event-hook eligible, so they show up in
 *   receivers and System Log queries rather than in hook subscriptions).
 */

export type EventTypeSource = 'source-doc' | 'upgrade-guide' | 'catalog';

export interface EngineOnlyEventType {
  type: string;
  /** The engine the event type exists on. */
  engine: 'classic' | 'identity';
  sources: readonly EventTypeSource[];
  /** Why the other engine never sends it, as the message says it. */
  reason: string;
}

const deviceTrust = 'Identity Engine does not support Classic Engine Device Trust';
const identityOnly = 'the event type exists only in Identity Engine';

export const classicOnlyEventTypes: readonly EngineOnlyEventType[] = [
  { type: 'user.authentication.authenticate', engine: 'classic', sources: ['source-doc', 'upgrade-guide'], reason: deviceTrust },
  { type: 'user.credential.enroll', engine: 'classic', sources: ['source-doc', 'upgrade-guide'], reason: deviceTrust },
  { type: 'user.account.unlock_token', engine: 'classic', sources: ['upgrade-guide'], reason: 'Identity Engine no longer triggers it' },
];

const documentedIdentityOnly: readonly [string, readonly EventTypeSource[]][] = [
  ['device.enrollment.create', ['source-doc', 'upgrade-guide']],
  ['user.mfa.factor.suspend', ['source-doc', 'upgrade-guide']],
  ['user.mfa.factor.unsuspend', ['source-doc', 'upgrade-guide']],
  // The source document writes `security.authenticator.lifecycle.activated`; see `misspelledEventTypes`.
  ['security.authenticator.lifecycle.activate', ['source-doc', 'upgrade-guide']],
  ['security.authenticator.lifecycle.deactivate', ['source-doc', 'upgrade-guide']],
  ['device.lifecycle.activate', ['upgrade-guide']],
  ['device.lifecycle.deactivate', ['upgrade-guide']],
  ['device.lifecycle.delete', ['upgrade-guide']],
  ['device.lifecycle.suspend', ['upgrade-guide']],
  ['device.lifecycle.unsuspend', ['upgrade-guide']],
  ['device.user.add', ['upgrade-guide']],
  ['device.user.remove', ['upgrade-guide']],
  ['security.authenticator.lifecycle.create', ['upgrade-guide']],
  ['security.authenticator.lifecycle.update', ['upgrade-guide']],
];

/** Tagged `oie-only` in the 2026.08.1 catalog and listed by neither document. */
const catalogIdentityOnly: readonly string[] = [
  'app.cross_app_access.connection.create',
  'app.cross_app_access.connection.delete',
  'app.cross_app_access.connection.update',
  'device.assurance.policy.add',
  'device.assurance.policy.delete',
  'device.assurance.policy.update',
  'device.desktop_mfa.configuration.update',
  'device.desktop_mfa.device_logout.completed',
  'device.desktop_mfa.device_logout.started',
  'device.desktop_mfa.enrollment.create',
  'device.desktop_mfa.recovery_pin.generate',
  'device.desktop_mfa.recovery_pin.rotate_secret',
  'device.integration.endpoint_security.activate',
  'device.integration.endpoint_security.deactivate',
  'device.local_account.create',
  'device.password_sync.authentication',
  'device.password_sync.enrollment.create',
  'device.platform.add',
  'device.platform.delete',
  'device.platform.renew',
  'device.platform.secret_key.reset',
  'device.platform.update',
  'device.platform_sso.authentication',
  'device.platform_sso.enrollment.create',
  'device.platform_sso.keys.register',
  'device.posture.check.add',
  'device.posture.check.delete',
  'device.posture.check.update',
  'device.push.provider.create',
  'device.push.provider.delete',
  'device.push.provider.update',
  'device.signals.status.timeout',
  'device.token.enrollment.create',
  'device.user_os_account.sync',
  'pki.ca.add',
  'pki.ca.delete',
  'pki.ca.expiration.warn',
  'pki.ca.renew',
  'pki.ca.scope.mapping.update',
  'pki.cert.bind',
  'pki.cert.crl_download_failure',
  'pki.cert.lifecycle.activate',
  'pki.cert.lifecycle.delete',
  'pki.cert.lifecycle.hold',
  'pki.cert.lifecycle.revoke',
  'pki.cert.lifecycle.suspend',
  'user.device_session.end',
  'user.device_session.start',
  // Event-hook eligible, released in 2026.07.1, after the guide's table was written.
  'user.mfa.promote_enrollment',
];

export const identityOnlyEventTypes: readonly EngineOnlyEventType[] = [
  ...documentedIdentityOnly.map(([type, sources]) => ({ type, engine: 'identity' as const, sources, reason: identityOnly })),
  ...catalogIdentityOnly.map((type) => ({ type, engine: 'identity' as const, sources: ['catalog'] as const, reason: identityOnly })),
];

/** Names that are no event type at all, with the one that was meant. */
export const misspelledEventTypes: ReadonlyMap<string, string> = new Map([
  // Okta's limitations document lists `…activated`; the catalog and the upgrade guide have `…activate`.
  ['security.authenticator.lifecycle.activated', 'security.authenticator.lifecycle.activate'],
]);

/** The event types that exist only on the other engine than `engine`, from the documents, and with `catalog` also the catalog. */
export function unavailableEventTypes(engine: 'classic' | 'identity', catalog: boolean): ReadonlyMap<string, EngineOnlyEventType> {
  const list = engine === 'identity' ? classicOnlyEventTypes : identityOnlyEventTypes;
  return new Map(list.filter((entry) => catalog || !entry.sources.every((source) => source === 'catalog')).map((entry) => [entry.type, entry]));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text a file must contain to name any of these event types. */
export const eventTypeGate = new RegExp(
  [...classicOnlyEventTypes, ...identityOnlyEventTypes].map((entry) => entry.type).concat([...misspelledEventTypes.keys()]).map(escape).join('|'),
);
