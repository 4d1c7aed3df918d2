import { defineRule } from '../rule.js';

export default defineRule({
  id: 'cleanup/missing-module-exit',
  severity: 'warning',
  title: 'Init entry point without an exit',
  why: 'A module with an init function but no exit function cannot be unloaded: delete_module returns -EBUSY and /proc/modules shows it [permanent], so every fix needs a reboot (kernel/module/main.c; kernel-facts §4).',
  fix: 'Add an `__exit` function that undoes the init and declare it with `module_exit()`.',
  check(model) {
    return model.modules
      .filter((m) => m.init && !m.exit && (m.init.via === 'module_init' || m.init.via === 'init_module'))
      .map((m) => {
        const init = m.init as NonNullable<typeof m.init>;
        return {
          file: init.file,
          line: init.line,
          message: `module ${m.name} declares ${init.function} with ${init.via} but has no module_exit, so it can never be unloaded`,
        };
      });
  },
});
