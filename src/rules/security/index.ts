import uncheckedUserCopy from './unchecked-user-copy.js';
import worldWritableFile from './world-writable-file.js';
import worldWritableParam from './world-writable-param.js';

export const rules = [worldWritableParam, worldWritableFile, uncheckedUserCopy];
