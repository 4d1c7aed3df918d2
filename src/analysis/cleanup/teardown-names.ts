// Calls the table does not know, recognised as teardown by their names.

const WORDS =
  'put|free|release|destroy|unregister|deregister|remove|del|cleanup|clean_up|fini|exit|teardown|stop|unmap|kill|close|uninit|dispose|unreg|shutdown';

/** Anywhere in the name (`foo_hw_cleanup`, `freeirqs`): used where a false match only silences a finding. */
export const TEARDOWN_ANYWHERE = new RegExp(`(${WORDS})`, 'i');

const TEARDOWN_WORD = new RegExp(`(^|_)(${WORDS})(_|\\d*$)`, 'i');

/**
 * As a whole word of the name (`foo_free`, `put_dev`, `cleanup_hw`), so that `input_set_capability`
 * (put) or `msleep_delay` (del) do not count as releasing their arguments on an error path.
 */
export function isTeardownName(name: string): boolean {
  return TEARDOWN_WORD.test(name);
}
