/**
 * "Managed connections renamed to resource connections is GA in Production" (2026.05.0): the System Log event types,
 * the debug data key and the detail entries of AI agent connections were renamed. Okta's event-type catalog
 * (`data/event-types.json` in okta-developer-docs) made the change in the 2026.05.0 release commit; every old name
 * below is gone from it, and an event logged since carries the new one.
 */

export type LogNameKind = 'event-type' | 'debug-data' | 'detail-entry';

export interface RenamedLogName {
  from: string;
  to: string;
  kind: LogNameKind;
}

const eventTypes = ['activate', 'create', 'deactivate', 'delete', 'update'].map((action) => ({
  from: `workload_principal.managed_connection.${action}`,
  to: `workload_principal.resource_connection.${action}`,
  kind: 'event-type' as const,
}));

/** Target detail entries (`WorkloadPrincipalResourceConnectionDetails`) and change details of the same events. */
const detailEntries = ['protocol_metadata_id', 'resource_id', 'resource_type', 'scopes', 'scopes_condition', 'status', 'type'].map((field) => ({
  from: `workload_principal_managed_connection_${field}`,
  to: `workload_principal_resource_connection_${field}`,
  kind: 'detail-entry' as const,
}));

export const renamedLogNames: readonly RenamedLogName[] = [
  ...eventTypes,
  // In `debugContext.debugData`, where the short key says nothing on its own: only reads of `debugData` count.
  { from: 'managed_connection_id', to: 'resource_connection_id', kind: 'debug-data' },
  ...detailEntries,
];

/** Text every file that names one of them contains. */
export const renamedLogNameGate = /managed_connection/;
