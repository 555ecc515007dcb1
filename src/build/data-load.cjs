'use strict';
// src/content/data/load.ts as bundled: the same loader, reading the copies of the JSON files that the build puts in
// dist/data/ (this code runs inside dist/app.js or dist/scan-app.js, so __dirname is dist/).
const fs = require('node:fs');
const path = require('node:path');

const cache = new Map();

exports.loadData = (file) => {
  if (!cache.has(file)) cache.set(file, JSON.parse(fs.readFileSync(path.join(__dirname, 'data', file), 'utf8')));
  return cache.get(file);
};
