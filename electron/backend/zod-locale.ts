import { z } from 'zod';

// Validation messages reach users (import errors, the CLI): Dutch first.
z.config(z.locales.nl());
