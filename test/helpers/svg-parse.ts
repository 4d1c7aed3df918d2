// SVG read by a real XML parser (Python's ElementTree, from the standard library): a chart that is not well-formed
// XML fails here as it would in a browser's <img>.

import { spawnSync } from 'node:child_process';

const SCRIPT = `
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = '{http://www.w3.org/2000/svg}'
out = {'tag': root.tag, 'width': root.get('width'), 'height': root.get('height'), 'scripts': 0, 'polylines': [], 'dots': [], 'texts': [], 'style': ''}
for el in root.iter():
    tag = el.tag.replace(ns, '')
    if tag == 'script' or any(k.startswith('on') for k in el.attrib): out['scripts'] += 1
    if tag == 'polyline': out['polylines'].append({'series': el.get('data-series'), 'points': [[float(v) for v in p.split(',')] for p in el.get('points').split()]})
    if tag == 'circle' and el.get('data-score') is not None: out['dots'].append({'score': float(el.get('data-score')), 'cy': float(el.get('cy')), 'title': el.find(ns + 'title').text})
    if tag == 'text': out['texts'].append(''.join(el.itertext()))
    if tag == 'style': out['style'] += el.text or ''
print(json.dumps(out))
`;

export interface ParsedSvg {
  tag: string;
  width: string;
  height: string;
  scripts: number;
  polylines: { series: string; points: [number, number][] }[];
  dots: { score: number; cy: number; title: string }[];
  texts: string[];
  style: string;
}

/** Undefined when python3 is not installed (the caller skips, saying so). */
export function python3Available(): boolean {
  return spawnSync('python3', ['-c', 'import xml.etree.ElementTree'], { stdio: 'ignore' }).status === 0;
}

export function parseSvgFile(file: string): ParsedSvg {
  const r = spawnSync('python3', ['-c', SCRIPT, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`not well-formed SVG: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
