import { describe, expect, it } from 'vitest';
import { todoItems } from '../../src/model/docs/todo.js';
import rule from '../../src/rules/upstream/open-todo.js';
import { modelFromFiles, runRule } from '../helpers/rule-tester.js';

const MAKE = { Makefile: 'obj-m := drv.o\n', 'drv.c': '#include <linux/module.h>\n' };

describe('TODO lists in the model', () => {
  it('reads the bullets of a TODO file (continuation lines joined, done items and staging boilerplate left out)', () => {
    const model = modelFromFiles({
      ...MAKE,
      TODO: [
        'TODO:',
        '- convert to the regmap API and drop',
        '  the private register cache',
        '- [x] add device tree bindings',
        '* use the GPIO descriptor API',
        '- ~~remove the proc interface~~',
        '',
        'Please send patches to Greg Kroah-Hartman <greg@kroah.com>',
        '',
      ].join('\n'),
    });
    expect(model.todo).toEqual([
      {
        file: 'TODO',
        line: 1,
        items: [
          { text: 'convert to the regmap API and drop the private register cache', line: 2 },
          { text: 'use the GPIO descriptor API', line: 5 },
        ],
      },
    ]);
  });

  it('takes each paragraph as an item when a TODO file has no bullets', () => {
    const items = todoItems(
      [
        'The driver does not use the vb2 framework for streaming',
        'video.',
        '',
        'It has to be converted to vb2.',
        '',
        'Please send patches to the list.',
      ],
      1,
    );
    expect(items).toEqual([
      { text: 'The driver does not use the vb2 framework for streaming video.', line: 1 },
      { text: 'It has to be converted to vb2.', line: 4 },
    ]);
  });

  it('reads TODO-like README sections (Markdown and underlined headings) up to the next heading of their level', () => {
    const model = modelFromFiles({
      ...MAKE,
      'README.md':
        '# drv\n\n## Build\n\n- make\n\n## Known issues\n\n1. suspend hangs\n2. no 5 GHz\n\n### Details\n\n- more\n\n## License\n\n- GPL\n',
      'sub/README': 'Sub\n===\n\nTODO\n----\n\n* one thing\n\nOther\n-----\n\n* not an item\n',
    });
    expect(model.todo.map((l) => ({ file: l.file, section: l.section, items: l.items.map((i) => i.text) }))).toEqual([
      { file: 'README.md', section: 'Known issues', items: ['suspend hangs', 'no 5 GHz', 'more'] },
      { file: 'sub/README', section: 'TODO', items: ['one thing'] },
    ]);
  });
});

describe('upstream/open-todo', () => {
  it('reports each open item at its line', () => {
    const found = runRule(rule, { ...MAKE, TODO: '- convert to regmap\n- add DT bindings\n' });
    expect(found.map((f) => [f.file, f.line, f.message])).toEqual([
      ['TODO', 1, 'open item in TODO: convert to regmap'],
      ['TODO', 2, 'open item in TODO: add DT bindings'],
    ]);
  });

  it('is silent without a TODO list, or when every item is done', () => {
    expect(runRule(rule, MAKE)).toEqual([]);
    expect(runRule(rule, { ...MAKE, 'TODO.md': '- [x] convert to regmap\n' })).toEqual([]);
  });
});
