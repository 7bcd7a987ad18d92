import { IsDefined } from 'class-validator';

/**
 * Put last (closest to the property): class-validator checks the bottom decorator first, and with
 * `stopAtFirstError` a missing field gets this one message instead of one per constraint.
 */
export const Required = () => IsDefined({ message: '$property is required' });
