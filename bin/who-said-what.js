#!/usr/bin/env node
// Launcher for the bundled command-line tool (built by `npm run build` into dist/cli.js).
"use strict";
const path = require("path");
const fs = require("fs");
const cli = path.join(__dirname, "..", "dist", "cli.js");
if (!fs.existsSync(cli)) {
  console.error("who-said-what: dist/cli.js is missing; run `npm run build` first.");
  process.exit(2);
}
require(cli);
