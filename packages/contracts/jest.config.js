import { jestPreset } from '../../jest.preset.js';

export default { ...jestPreset(), roots: ['<rootDir>/src'] };
