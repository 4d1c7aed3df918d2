import { defineRule } from '../rule.js';

export default defineRule({
  id: 'upstream/vendored-code',
  severity: 'note',
  title: 'Third-party code carried in the repository',
  why: "A bundled library (a compressor, a scripting language, a vendor SDK) keeps its upstream style and licence, so it is audited once as a tree, not file by file; upstream review asks for the kernel's own copy (lib/zstd, lib/lz4, lib/zlib_*) instead of a private one, and the bundled copy misses its upstream's security fixes.",
  fix: "Use the kernel's copy of the library where there is one; otherwise keep the tree as its upstream ships it and record its origin and version (a README in the folder).",
  check(model) {
    return (model.vendored ?? []).map((t) => {
      const from = [t.holder, t.license].filter(Boolean).join(', ');
      const why = t.reason === 'folder name' ? 'a vendor folder' : `headers name ${from}, not this project`;
      return {
        file: `${t.dir}/`,
        message: `${t.dir}/ is third-party code (${t.files} kernel C file${t.files === 1 ? '' : 's'}; ${why}): reported once here, its files are left out of the per-file style and tag rules`,
      };
    });
  },
});
