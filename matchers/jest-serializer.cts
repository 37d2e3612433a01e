// Jest's `snapshotSerializers` option loads a module whose export is the plugin itself
// (`module.exports = serializer`), so this entry is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS form is the point of this file
import core = require('./serializer.js');
import type { TimelineSerializer } from './serializer.js';

// Typed through a type-only import, so the emitted .d.cts names the type it declares.
const serializer: TimelineSerializer = core.serializer;

export = serializer;
