/**
 * Zod compiles its object checks with `new Function` when it may, deciding as each schema is
 * made. The site's Content-Security-Policy allows no eval: trying would log a violation on the
 * form's page. So the form switches it off before any schema is made (./check.ts imports this
 * first); the plain checks give the same results.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
