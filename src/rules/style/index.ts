import checkpatch from './checkpatch.js';
import coccinelle from './coccinelle.js';
import indentSpaces from './indent-spaces.js';
import lineLength from './line-length.js';
import printkWithoutLevel from './printk-without-level.js';
import trailingWhitespace from './trailing-whitespace.js';

export const rules = [indentSpaces, lineLength, trailingWhitespace, printkWithoutLevel, checkpatch, coccinelle];
