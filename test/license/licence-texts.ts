// Licence texts for the tests, taken from spdx-license-list at test time (never committed copies),
// filled in the way real repositories fill the templates.

import full from 'spdx-license-list/full.js';

const list = full as Record<string, { licenseText: string }>;

export function licenceText(id: string): string {
  const t = list[id]?.licenseText;
  if (!t) throw new Error(`no licence text for ${id}`);
  return t
    .replace(/<year>/g, '2024')
    .replace(/<copyright holders>|<owner>|<OWNER>|<COPYRIGHT HOLDER>/g, 'Jane Doe')
    .replace(/\r?\n/g, '\n');
}

/** Hard-wrapped at 76 columns, as most LICENSE files in repositories are. */
export function wrapped(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/(.{1,76})(\s+|$)/g, '$1\n').trimEnd())
    .join('\n');
}

/** The LGPL-3.0 text alone (spdx-license-list appends the GPL-3.0 it builds on). */
export function lgpl3Alone(): string {
  const t = licenceText('LGPL-3.0-only');
  return t.slice(0, t.indexOf('GNU GENERAL PUBLIC LICENSE'));
}

export const GPL2_LATER_NOTICE =
  'This program is free software; you can redistribute it and/or modify it under the terms of the GNU General ' +
  'Public License as published by the Free Software Foundation; either version 2 of the License, or (at your ' +
  'option) any later version.\n\n';

export const KERNEL_COPYING = `The Linux Kernel is provided under:

	SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note

Being under the terms of the GNU General Public License version 2 only,
according with:

	LICENSES/preferred/GPL-2.0

With an explicit syscall exception, as stated at:

	LICENSES/exceptions/Linux-syscall-note
`;
