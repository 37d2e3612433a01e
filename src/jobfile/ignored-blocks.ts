/** The levels of a job file whose keys we sort into used and ignored. */
export type Level = 'job' | 'group' | 'task';

/** The keys of each level the simulation reads; everything else at that level is ignored. */
export const USED_KEYS: Readonly<Record<Level, readonly string[]>> = {
  job: ['name', 'type', 'group'],
  group: ['count', 'restart', 'task'],
  task: [
    'driver',
    'config',
    'kill_timeout',
    'kill_signal',
    'leader',
    'shutdown_delay',
    'lifecycle',
    'restart',
  ],
};

/**
 * Nomad's jobspec keys the simulation has no use for, by level. They are listed in `ignored`
 * and never checked. A key in neither list that is a near miss of a known one (`kill_timout`)
 * is a typo and an error; any other unknown key is ignored too, so a job written for a newer
 * Nomad still loads.
 */
export const IGNORED_KEYS: Readonly<Record<Level, readonly string[]>> = {
  job: [
    'affinity',
    'all_at_once',
    'constraint',
    'consul',
    'consul_token',
    'datacenters',
    'meta',
    'migrate',
    'multiregion',
    'namespace',
    'node_pool',
    'parameterized',
    'periodic',
    'priority',
    'region',
    'reschedule',
    'spread',
    'ui',
    'update',
    'vault',
    'vault_token',
  ],
  group: [
    'affinity',
    'constraint',
    'consul',
    'disconnect',
    'ephemeral_disk',
    'max_client_disconnect',
    'meta',
    'migrate',
    'network',
    'prevent_reschedule_on_lost',
    'reschedule',
    'scaling',
    'service',
    'shutdown_delay',
    'spread',
    'stop_after_client_disconnect',
    'update',
    'vault',
    'volume',
  ],
  task: [
    'action',
    'affinity',
    'artifact',
    'constraint',
    'consul',
    'csi_plugin',
    'dispatch_payload',
    'env',
    'identity',
    'kind',
    'logs',
    'meta',
    'resources',
    'scaling',
    'schedule',
    'service',
    'template',
    'user',
    'vault',
    'volume_mount',
  ],
};

/**
 * The ignored keys that only say where in a cluster a job runs. Nearly every real job file sets
 * them, and a one-node simulation has one place to run: they stay in `ignored` (and in
 * `taskdouble validate`), but `taskdouble run` does not repeat them on every run.
 */
export const PLACEMENT_KEYS: readonly string[] = ['job.datacenters', 'job.region', 'job.namespace'];

/** Keys of a `restart` block the simulation does not use. */
export const IGNORED_RESTART_KEYS: readonly string[] = ['render_templates'];

/** Every key Nomad knows at a level, for did-you-mean suggestions. */
export function knownKeys(level: Level): string[] {
  return [...USED_KEYS[level], ...IGNORED_KEYS[level]];
}
