// Imports every uis type file; defines nothing.
import './call-inputs.js';
import './employee.js';
import './tag.js';
import './call.js';
import './call-tag-mutations.js';
import './call-statistics.js';
