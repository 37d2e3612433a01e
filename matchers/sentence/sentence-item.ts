/** One item of a parsed sentence: what an event must be for the item to match it. */
export interface SentenceItem {
  /** The item as written, for messages (`web: Terminated with exit code 7`). */
  readonly text: string;
  /** The canonical event type (`Not Restarting`). */
  readonly type: string;
  /** The task name given before a colon. */
  readonly task?: string;
  /** `exit code N`. */
  readonly exitCode?: number;
  /** `signal N`. */
  readonly signal?: number;
  /** `message "..."`: the exit message. */
  readonly exitMessage?: string;
  /** `delay <duration>`: the announced restart delay, in ns. */
  readonly startDelay?: number;
  /** `reason "..."`: the restart, kill or signal reason. */
  readonly reason?: string;
  /** `at <duration>`: the offset from the scenario start, in ns. */
  readonly at?: number;
}
