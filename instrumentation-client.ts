// Runs in the browser before the app: zod compiles object parsers with `new Function` unless
// told not to, which the Content-Security-Policy (no 'unsafe-eval') refuses and reports as a
// violation on every page. Jitless parsing is a little slower and entirely enough here.
import { z } from "zod";

z.config({ jitless: true });
