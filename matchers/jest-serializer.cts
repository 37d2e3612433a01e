// Jest's `snapshotSerializers` option loads a module whose export is the plugin itself
// (`module.exports = serializer`), so this entry is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS form is the point of this file
import core = require('./serializer.js');

export = core.serializer;
