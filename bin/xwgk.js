#!/usr/bin/env node
import { main } from '../dist/xwgk.js';
main();
